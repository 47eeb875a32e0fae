import { type Binding, checkBinding, type FeedDecl } from '@onescreen/core';
import type { ScreenConfig } from '../config/schema.js';
import type { ConfigFault } from '../config/validate.js';
import { COVERAGE_FEED } from '../feeds/coverage-feed.js';
import { MEASURES, RULE_VIEW_KINDS } from './rule-views.js';
import { widgetPlaces } from './widget-places.js';

const pointer = (path: readonly (string | number)[]) =>
  path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/**
 * What the schema cannot check of the alert rules: ids that repeat, widgets and feeds that do
 * not exist, a widget or binding whose view gives no number to compare, a measure the view does
 * not have, a list docked in an area the grid lacks. Every fault names its JSON pointer.
 */
export function checkAlerts(
  config: ScreenConfig,
  declOf: (feed: string) => FeedDecl | undefined,
): ConfigFault[] {
  const faults: ConfigFault[] = [];
  const places = widgetPlaces(config);
  const seen = new Set<string>();
  for (const [i, rule] of config.alerts.entries()) {
    const at = `/alerts/${i}`;
    if (seen.has(rule.id))
      faults.push({ path: `${at}/id`, problem: `duplicate rule id "${rule.id}"` });
    seen.add(rule.id);
    if (rule.stale) {
      if (!(rule.stale.feed in config.feeds))
        faults.push({
          path: `${at}/stale/feed`,
          problem: `no feed named "${rule.stale.feed}" in /feeds`,
        });
      continue;
    }
    const place = rule.widget === undefined ? undefined : places.get(rule.widget);
    if (rule.widget !== undefined && !place) {
      faults.push({ path: `${at}/widget`, problem: `no widget with id "${rule.widget}"` });
      continue;
    }
    const bind = rule.bind ?? place?.widget.bind;
    const bindAt = rule.bind ? `${at}/bind` : `${place?.path}/bind`;
    if (!bind) {
      faults.push({
        path: `${at}/widget`,
        problem: `widget "${rule.widget}" has no bind to read a value from; give the rule its own bind`,
      });
      continue;
    }
    if (!(bind.feed in config.feeds) && bind.feed !== COVERAGE_FEED) {
      // The widget's own binding is checked where it sits; a rule's own is checked here.
      if (rule.bind)
        faults.push({ path: `${at}/bind/feed`, problem: `no feed named "${bind.feed}" in /feeds` });
      continue;
    }
    if (!RULE_VIEW_KINDS.includes(bind.view.kind)) {
      faults.push({
        path: rule.bind ? `${at}/bind/view/kind` : `${at}/widget`,
        problem: `a rule reads a number from a ${RULE_VIEW_KINDS.join(', ')} view; ${bindAt} ends in a ${bind.view.kind} view`,
      });
      continue;
    }
    if (rule.bind) {
      for (const f of checkBinding(
        bind as Binding,
        declOf(bind.feed),
        RULE_VIEW_KINDS,
        `alert rule "${rule.id}"`,
      ))
        faults.push({
          path: `${at}/bind${pointer(f.path)}`,
          problem: f.message.en,
          text: f.message,
        });
    }
    const measures = MEASURES[bind.view.kind];
    if (rule.measure !== undefined && measures) {
      if (measures.allowed === 'none')
        faults.push({
          path: `${at}/measure`,
          problem: `a ${bind.view.kind} view gives one value per place; it takes no measure`,
        });
      else if (measures.allowed !== 'any' && !measures.allowed.includes(rule.measure))
        faults.push({
          path: `${at}/measure`,
          problem: `a ${bind.view.kind} view offers ${measures.allowed.map((m) => `"${m}"`).join(', ')}`,
        });
    }
  }
  const area = config.alerting.list.area;
  const areas = new Set(config.grid.areas.flatMap((row) => row.trim().split(/\s+/)));
  if (area !== undefined && !areas.has(area))
    faults.push({ path: '/alerting/list/area', problem: `no grid area named "${area}"` });
  return faults;
}
