import { lazy, Suspense } from 'react';

// The Docs blocks are a large module; loading them only when a Docs page opens keeps them out
// of every story test (each test file evaluates its imports in its own frame).
const WidgetDocsPage = lazy(() =>
  import('./WidgetDocsPage.js').then((m) => ({ default: m.WidgetDocsPage })),
);

/** A widget's Docs page (see WidgetDocsPage), loaded when first shown. */
export function LazyWidgetDocsPage() {
  return (
    <Suspense fallback={null}>
      <WidgetDocsPage />
    </Suspense>
  );
}
