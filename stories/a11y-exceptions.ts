// The one list of accessibility violations the story tests accept. axe runs after every story
// (`a11y: { test: 'error' }` in .storybook/preview.tsx); any violation not listed here fails
// `pnpm test`. Each entry names the stories file it applies to, the axe rule, and why it is
// accepted rather than fixed. Keep it short: fix the widget when a fix is simple.

/** One accepted axe violation. */
export interface A11yException {
  /** The widget whose stories it applies to (its `data-widget` name), or 'Overview'. */
  stories: string;
  /** The axe rule id, e.g. 'color-contrast'. */
  rule: string;
  /** Why this is accepted instead of fixed, and what would fix it. */
  reason: string;
}

/** Accepted violations; empty means every story passes every axe rule that applies. */
export const a11yExceptions: readonly A11yException[] = [];
