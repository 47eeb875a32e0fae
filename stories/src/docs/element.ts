import { type ComponentType, createElement, type ReactElement } from 'react';
import { isCodeRef } from './types.js';

/** A widget element inside an example's props (a carousel's views), printed as JSX. */
export interface ElementSpec {
  /** Marks the object as an element. */
  readonly element: string;
  /** The component it renders. */
  // biome-ignore lint/suspicious/noExplicitAny: an example may hold any widget.
  readonly component: ComponentType<any>;
  /** Its props. */
  readonly props: Record<string, unknown>;
}

/** An element of `component` (exported as `name`) with `props`, for an example's children. */
export function element<P extends object>(
  name: string,
  component: ComponentType<P>,
  props: P,
): ElementSpec {
  return { element: name, component, props: props as Record<string, unknown> };
}

/** Whether a value is an ElementSpec. */
export function isElement(value: unknown): value is ElementSpec {
  return typeof value === 'object' && value !== null && 'element' in value && 'component' in value;
}

/** Example props as the live example renders them: references resolved, elements created. */
export function resolveProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) out[key] = resolveValue(value, key);
  return out;
}

function resolveValue(value: unknown, key: string): unknown {
  if (isCodeRef(value)) return value.value;
  if (isElement(value)) return toElement(value, key);
  if (Array.isArray(value)) return value.map((v, i) => resolveValue(v, `${key}-${i}`));
  return value;
}

function toElement(spec: ElementSpec, key: string): ReactElement {
  return createElement(spec.component, { key, ...resolveProps(spec.props) });
}
