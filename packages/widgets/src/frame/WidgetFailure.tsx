import { useT } from '../i18n/context.js';

/** Props of WidgetFailure. */
export interface WidgetFailureProps {
  /** Widget name, written to `data-widget`. */
  name: string;
  /** Title of the widget, when its props carried a usable one. */
  title?: string | undefined;
  /** What the widget threw. */
  error: Error;
}

/**
 * The error state of a widget whose body threw before it could render its own frame. Same
 * root contract and classes as WidgetFrame, without its parts: a small widget (Clock) that
 * never loads WidgetFrame should not ship it for a failure.
 */
export function WidgetFailure({ name, title, error }: WidgetFailureProps) {
  const t = useT();
  return (
    <section
      className="os-widget"
      data-widget={name}
      data-state="error"
      // biome-ignore lint/a11y/noRedundantRoles: explicit so plain [role=region] selectors find every widget
      role="region"
      aria-label={title ?? name}
    >
      {title && (
        <header className="os-widget__title">
          <h2 className="os-widget__heading">{title}</h2>
        </header>
      )}
      <p className="os-error" role="alert">
        {t('error.render', { error: error.message })}
      </p>
    </section>
  );
}
