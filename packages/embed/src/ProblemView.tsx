/** Props of ProblemView. */
export interface ProblemViewProps {
  /** Written to `data-widget`: the type the page asked for. */
  name: string;
  /** The message, already in the widget's language. */
  text: string;
}

/**
 * The error state of an embed the page got wrong (unknown type, unreadable props): the same root
 * contract and classes as a widget's error, but not worded as a data-source failure.
 */
export function ProblemView({ name, text }: ProblemViewProps) {
  return (
    <section
      className="os-widget"
      data-widget={name}
      data-state="error"
      // biome-ignore lint/a11y/noRedundantRoles: explicit so plain [role=region] selectors find every widget
      role="region"
      aria-label={name || 'onescreen-widget'}
    >
      <p className="os-error" role="alert">
        {text}
      </p>
    </section>
  );
}
