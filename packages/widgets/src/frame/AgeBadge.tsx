import { formatAge } from '@onescreen/core';
import { useLang, useT } from '../i18n/context.js';
import { useNow } from '../screen/useNow.js';

/** "数据更新于 5 分钟前": keeps data age visible; re-renders alone, every 10 s. */
export function AgeBadge({ updatedAt, stale }: { updatedAt: number; stale: boolean }) {
  // The shared clock re-renders the badge every 10 s; the age itself reads the exact time, since
  // the clock's floored snapshot would under-report it by up to 10 s.
  useNow(10_000);
  const now = Date.now();
  const lang = useLang();
  const t = useT();
  return (
    <span
      className="os-age"
      data-stale={stale || undefined}
      title={stale ? t('state.stale') : undefined}
    >
      {t('age.updated', { age: formatAge(now - updatedAt, lang) })}
    </span>
  );
}
