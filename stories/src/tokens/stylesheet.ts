import css from '../../../packages/widgets/src/styles.css?raw';
import { type CssRule, cssRules } from './cssRules.js';

/** The rules of @onescreen/widgets' styles.css, read from its source. */
export const widgetRules: readonly CssRule[] = cssRules(css);
