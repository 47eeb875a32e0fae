import { useMemo } from 'react';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { useLang } from '../i18n/context.js';
import { type AlertItem, alertRows, openCounts } from './compute.js';
import { alertMessages as m } from './messages.js';

/** Inputs of useAlertList (the data props of AlertList). */
export interface AlertListData {
  /** The alerts firing now. */
  alerts: readonly AlertItem[];
  /** Rows shown before "N more" (5 by default). */
  limit?: number | undefined;
  /** One-line title; "告警" by default. */
  title?: string | undefined;
}

/** Ordered rows, the spoken summary and the hidden table, memoised on the inputs. */
export function useAlertList({ alerts, limit = 5, title }: AlertListData) {
  const lang = useLang();
  return useMemo(() => {
    const name = title ?? m(lang, 'title');
    const { rows, more } = alertRows(alerts, limit);
    const all = alertRows(alerts, Number.POSITIVE_INFINITY).rows;
    const open = openCounts(alerts);
    const openTotal = open.critical + open.warning + open.notice;
    const table: A11yTable = {
      caption: m(lang, 'caption', { title: name }),
      columns: [
        m(lang, 'time'),
        m(lang, 'level'),
        m(lang, 'place'),
        m(lang, 'value'),
        m(lang, 'text'),
        m(lang, 'state'),
      ],
      rows: all.map((r) => [
        r.timeText,
        m(lang, r.level),
        r.place || m(lang, 'wholeArea'),
        r.value,
        r.text,
        m(lang, r.acknowledged ? 'acknowledged' : 'open'),
      ]),
    };
    const summary =
      openTotal === 0 ? m(lang, 'none') : m(lang, 'summary', { n: openTotal, ...open });
    return { rows, more, table, summary, title: name, lang, empty: all.length === 0 };
  }, [alerts, limit, title, lang]);
}
