import { useT } from '../i18n/context.js';

/** Placeholder bars while the first data loads; the shimmer stops under reduced motion (CSS). */
export function Skeleton() {
  const t = useT();
  return (
    <div className="os-skeleton" role="status">
      <span className="os-sr-only">{t('state.loading')}</span>
      <span className="os-skeleton__bar" aria-hidden="true" />
      <span className="os-skeleton__bar" aria-hidden="true" />
      <span className="os-skeleton__bar" aria-hidden="true" />
    </div>
  );
}
