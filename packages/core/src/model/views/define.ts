import type { z } from 'zod';
import { localTextSchema } from '../../feeds/fields/decl-schema.js';
import type { LocalText } from '../../feeds/fields/types.js';
import type { BindingContext, Frame, Shape } from '../frame.js';
import { fieldOf } from '../frame.js';
import { placeText } from '../text.js';
import type { View, ViewContext, ViewKind } from './types.js';

/** One view kind: its mapping schema, the check of its fields, and how it is built. */
export interface ViewDef<S> {
  /** The kind it makes. */
  readonly kind: ViewKind;
  /** Its mapping as a config writes it (without `kind`). */
  readonly schema: z.ZodType<S>;
  /** Throws a ModelFault when the mapping names fields the shape lacks or of the wrong type. */
  check(spec: S, shape: Shape): void;
  /** The view from the final frame. Pure. */
  build(spec: S, frame: Frame, context: BindingContext): View;
}

/** Declare a view kind. */
export function defineView<S>(def: ViewDef<S>): ViewDef<S> {
  return def;
}

/** Optional text in both languages, for overrides in a mapping. */
export const optionalText = localTextSchema.optional();

/** No words: for a value without a unit. */
export const NO_TEXT: LocalText = Object.freeze({ 'zh-CN': '', en: '' });

/** The period and place a frame was filtered to, for the view to say. */
export function contextOf(frame: Frame, context: BindingContext): ViewContext {
  const place = frame.place
    ? {
        code: frame.place,
        name: frame.placeName ?? placeText(frame.place, undefined, undefined, context),
      }
    : undefined;
  return {
    ...(frame.period ? { period: frame.period } : {}),
    ...(place ? { place } : {}),
  };
}

/** The unit of a field, or the override, or none. */
export function unitOf(shape: Shape, name: string, override: LocalText | undefined): LocalText {
  return override ?? fieldOf(shape, name)?.unit ?? NO_TEXT;
}
