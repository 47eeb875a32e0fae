import type { LocalText } from '../feeds/fields/types.js';

/** A binding fault: where in the binding (a path below it) and what is wrong, in both languages. */
export interface BindingFault {
  /** Path inside the binding, e.g. ['transforms', 2, 'group', 'by', 0]. */
  path: (string | number)[];
  /** The sentence shown on the error screen or the widget. */
  message: LocalText;
}

/** Thrown by a transform or view when a binding cannot run; carries its path and sentence. */
export class ModelFault extends Error {
  override name = 'ModelFault';
  /** Path inside the spec that is wrong. */
  readonly path: (string | number)[];
  /** The sentence in both languages. */
  readonly text: LocalText;

  constructor(path: (string | number)[], text: LocalText) {
    super(text.en);
    this.path = path;
    this.text = text;
  }

  /** The same fault, seen from one level up (`at` prefixed to its path). */
  under(...at: (string | number)[]): ModelFault {
    return new ModelFault([...at, ...this.path], this.text);
  }
}

/** A fault as data. */
export function toFault(error: ModelFault): BindingFault {
  return { path: error.path, message: error.text };
}
