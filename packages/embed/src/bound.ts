import {
  type Binding,
  bindingSchema,
  faultText,
  parseFeed,
  runBinding,
  type View,
} from '@onescreen/core';
import { type Lang, WIDGET_VIEW_KINDS } from '@onescreen/widgets';
import type { EmbedProblem } from './messages.js';

/** Outcome of reading a `bind` attribute: a checked binding, or why it cannot be used. */
export type ParsedBind = { ok: true; binding: Binding } | { ok: false; problem: EmbedProblem };

/**
 * Reads a `bind` attribute: the same binding a screen config writes (docs/data-model.md), its
 * feed given by the element's `feed` attribute so `"feed"` may be left out. Checks that the
 * view it ends in is one the widget shows. Never throws, never evaluates anything.
 */
export function parseBind(text: string, type: string): ParsedBind {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: { key: 'bindNotJson', detail: (e as Error).message } };
  }
  const raw = json !== null && typeof json === 'object' && !Array.isArray(json) ? json : {};
  const parsed = bindingSchema.safeParse({ feed: 'feed', ...raw });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = `/${(issue?.path ?? []).join('/')}`;
    return {
      ok: false,
      problem: { key: 'bindInvalid', params: { where, what: issue?.message ?? '' } },
    };
  }
  const binding = parsed.data as Binding;
  const accepts = (WIDGET_VIEW_KINDS as Record<string, readonly string[]>)[type];
  if (!accepts) return { ok: false, problem: { key: 'bindNone', params: { type } } };
  if (!accepts.includes(binding.view.kind)) {
    return {
      ok: false,
      problem: {
        key: 'bindMismatch',
        params: { type, accepts: accepts.join(', '), kind: binding.view.kind },
      },
    };
  }
  return { ok: true, binding };
}

/** A bound element's view, or the error its widget shows instead (in `lang`). */
export type BoundOutcome = { view: View; error?: undefined } | { view: null; error: string };

/**
 * Runs a binding on a whole feed document, as the screen does: the document is checked by
 * the same parser (bad records dropped), then the binding's transforms make the view. Pure.
 */
export function boundView(
  binding: Binding,
  doc: unknown,
  context: { place?: string | undefined; period?: string | undefined },
  lang: Lang,
): BoundOutcome {
  const feed = parseFeed(doc);
  if (!feed.ok) {
    const first = feed.problems[0];
    return {
      view: null,
      error: `${first?.pointer || '/'}: ${first?.expected ?? ''} (${first?.found ?? ''})`,
    };
  }
  const result = runBinding(binding, feed.feed, context);
  return result.ok ? { view: result.view } : { view: null, error: faultText(result.fault, lang) };
}
