import { format } from 'echarts/core';

/**
 * Escapes a feed string for the HTML that an ECharts tooltip formatter returns.
 * Every data string that reaches a tooltip goes through here; canvas text needs nothing.
 */
export function escapeText(value: unknown): string {
  return format.encodeHTML(value == null ? '' : String(value));
}
