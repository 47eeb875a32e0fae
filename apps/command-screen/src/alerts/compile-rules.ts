import type { AlertRule, Binding, LocalText, ViewKind } from '@onescreen/core';
import type { ScreenConfig } from '../config/schema.js';
import { MEASURES } from './rule-views.js';
import type { AlertRuleConfig } from './schema.js';
import { type WidgetPlace, widgetPlaces } from './widget-places.js';

/** Where a rule's values come from. */
export type RuleSource =
  | {
      kind: 'bind';
      /** The binding run for the rule (the widget's or the rule's own). */
      bind: Binding;
      /** Its JSON pointer in the config, for fault messages. */
      path: string;
      /** The view kind it ends in. */
      view: ViewKind;
      /** Which number of the view ('value', 'change', 'red', an item id), if any. */
      measure: string | undefined;
    }
  | {
      kind: 'stale';
      /** The feed watched. */
      feed: string;
      /** When the feed counts as stale, ms after its last success. */
      staleMs: number;
    };

/** A rule ready to run: the engine's rule, its source, the widget it concerns and its words. */
export interface CompiledRule {
  /** The rule's id. */
  id: string;
  /** The engine's view of it. */
  engine: AlertRule;
  /** The rule as configured. */
  config: AlertRuleConfig;
  /** Where its values come from. */
  source: RuleSource;
  /** The widget the alert concerns (highlighted, its carousel view held), if any. */
  widget: WidgetPlace | undefined;
  /** What is measured, in words. */
  name: LocalText;
}

const same = (text: string): LocalText => ({ 'zh-CN': text, en: text });

/**
 * The config's rules ready to run. The config has been validated (checkAlerts), so every named
 * widget and feed exists; a rule that still cannot be compiled is left out rather than guessed.
 */
export function compileRules(config: ScreenConfig): CompiledRule[] {
  const places = widgetPlaces(config);
  const out: CompiledRule[] = [];
  for (const [i, rule] of config.alerts.entries()) {
    const widget = rule.widget === undefined ? undefined : places.get(rule.widget);
    if (rule.stale) {
      const feed = config.feeds[rule.stale.feed];
      if (!feed) continue;
      out.push({
        id: rule.id,
        engine: {
          id: rule.id,
          level: rule.level,
          op: '>=',
          threshold: rule.stale.longerThanSeconds,
          forMs: rule.forSeconds * 1000,
        },
        config: rule,
        source: { kind: 'stale', feed: rule.stale.feed, staleMs: feed.staleSeconds * 1000 },
        widget,
        name: rule.name ?? feed.label ?? same(rule.stale.feed),
      });
      continue;
    }
    const bind = rule.bind ?? widget?.widget.bind;
    if (!bind || rule.op === undefined || rule.threshold === undefined) continue;
    const view = bind.view.kind;
    out.push({
      id: rule.id,
      engine: {
        id: rule.id,
        level: rule.level,
        op: rule.op,
        threshold: rule.threshold,
        clear: rule.clear,
        margin: rule.margin,
        forMs: rule.forSeconds * 1000,
      },
      config: rule,
      source: {
        kind: 'bind',
        bind: bind as Binding,
        path: rule.bind ? `/alerts/${i}/bind` : `${widget?.path}/bind`,
        view,
        measure: rule.measure ?? MEASURES[view]?.default,
      },
      widget,
      name: rule.name ?? widget?.widget.title ?? same(rule.id),
    });
  }
  return out;
}
