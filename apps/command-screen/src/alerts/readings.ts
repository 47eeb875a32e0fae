import {
  type AlertSample,
  type BindingContext,
  type BindingResult,
  districtByCode,
  type FeedState,
  type LocalText,
  runBinding,
  type View,
} from '@onescreen/core';
import type { CompiledRule } from './compile-rules.js';

/** How a rule's values are worded: their unit, precision and the name of each key. */
export interface RuleWords {
  /** The values' unit. */
  unit?: LocalText | undefined;
  /** Digits after the decimal point. */
  precision?: number | undefined;
  /** 'duration' for a staleness rule's seconds. */
  format?: 'duration' | undefined;
  /** The place or item each key stands for. */
  labels: Readonly<Record<string, LocalText>>;
}

/** What one rule reads now: its samples and their words. */
export interface RuleRead {
  samples: AlertSample[];
  words: RuleWords;
}

/** What reading a rule needs besides the rule. */
export interface ReadContext {
  /** A feed's state by name (the coverage feed included). */
  feedOf: (feed: string) => FeedState | undefined;
  /** The data time (ms) of a feed's value: its asOf, or for a derived feed its source's. */
  dataTimeOf: (feed: string) => number | undefined;
  /** The period the rules read (the config's live period, whatever the screen shows). */
  period: string | undefined;
  /** A place's name from the boundaries. */
  placeName: (code: string) => LocalText | undefined;
}

const percent: LocalText = { 'zh-CN': '%', en: '%' };

function placeLabel(code: string, ctx: ReadContext): LocalText | undefined {
  const known = districtByCode(code);
  return known ? { 'zh-CN': known.name, en: known.nameEn } : ctx.placeName(code);
}

/** The samples of one view for one rule: one per place, per item, or the one number. */
function samplesOf(
  view: View,
  measure: string | undefined,
  at: number,
  ctx: ReadContext,
): RuleRead {
  const labels: Record<string, LocalText> = {};
  switch (view.kind) {
    case 'value': {
      const value = measure === 'change' ? (view.change?.percent ?? null) : view.value;
      if (view.place) labels[''] = view.place.name;
      return {
        samples:
          value === null
            ? []
            : [{ key: '', value, at, ...(view.place ? { place: view.place.code } : {}) }],
        words:
          measure === 'change'
            ? { unit: percent, precision: 1, labels }
            : { unit: view.unit, precision: view.precision, labels },
      };
    }
    case 'regions': {
      for (const r of view.values) {
        const name = placeLabel(r.place, ctx);
        if (name) labels[r.place] = name;
      }
      return {
        samples: view.values.map((r) => ({ key: r.place, value: r.value, at, place: r.place })),
        words: { unit: view.unit, precision: view.comparison ? 1 : undefined, labels },
      };
    }
    case 'lights': {
      const level = measure === 'yellow' || measure === 'green' ? measure : 'red';
      return { samples: [{ key: '', value: view[level], at }], words: { labels } };
    }
    case 'categories': {
      const items = view.items.filter((it) => measure === undefined || it.id === measure);
      for (const it of items) labels[it.id] = it.name;
      return {
        samples: items.map((it) => ({ key: it.id, value: it.value, at })),
        words: { unit: view.unit, labels },
      };
    }
    default:
      return { samples: [], words: { labels } };
  }
}

/**
 * What a rule over a bound value reads now: its binding run on its feed's last good value for
 * the whole area (no selection) and the live period, so every tile reads the same whatever its
 * operator has selected. Undefined while the feed has no value or the binding cannot run: the
 * rule's episodes then wait as they are.
 */
export function readValueRule(
  rule: CompiledRule,
  ctx: ReadContext,
  /** The feed worker's run of the rule's binding on this value, when it has one. */
  done?: BindingResult,
): RuleRead | undefined {
  if (rule.source.kind !== 'bind') return undefined;
  const { bind, measure } = rule.source;
  const feed = ctx.feedOf(bind.feed);
  const at = ctx.dataTimeOf(bind.feed);
  if (!feed?.value || at === undefined) return undefined;
  const context: BindingContext = {
    placeName: ctx.placeName,
    ...(ctx.period ? { period: ctx.period } : {}),
  };
  const r = done ?? runBinding(bind, feed.value, context);
  if (!r.ok) return undefined;
  const read = samplesOf(r.view, measure, at, ctx);
  const { unit, precision } = rule.config;
  return {
    samples: read.samples,
    words: {
      ...read.words,
      ...(unit ? { unit } : {}),
      ...(precision !== undefined ? { precision } : {}),
    },
  };
}

/**
 * What a staleness rule reads at `now`: how many seconds its feed has been stale (negative while
 * fresh), counted from its last success, or from `startedAt` for a feed that never answered. The
 * sample's data time is the feed's asOf, so tiles name the episode alike.
 */
export function readStaleRule(
  rule: CompiledRule,
  feed: FeedState | undefined,
  startedAt: number,
  now: number,
): RuleRead | undefined {
  if (rule.source.kind !== 'stale') return undefined;
  const since = feed?.lastSuccess ?? startedAt;
  const asOf = feed?.asOf ? Date.parse(feed.asOf) : 0;
  return {
    samples: [
      {
        key: rule.source.feed,
        value: (now - since - rule.source.staleMs) / 1000,
        at: Number.isFinite(asOf) ? asOf : 0,
      },
    ],
    words: { format: 'duration', labels: {} },
  };
}
