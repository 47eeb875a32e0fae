import type { Page } from 'playwright-core';
import {
  findTextProblems,
  type TextCheckOptions,
  type TextProblem,
} from '../../support/textFit.js';

/**
 * findTextProblems run inside the page on the element `selector` names. The checker is
 * self-contained, so its source is sent as it is (Playwright cannot pass a function as an
 * argument); `__name` stands in for the helper a transpiler that keeps function names (esbuild,
 * as tsx runs it) writes into that source.
 */
export async function pageTextProblems(
  page: Page,
  selector: string,
  options: TextCheckOptions = {},
): Promise<TextProblem[]> {
  return page.evaluate(
    `(() => {
      const __name = (f) => f;
      return (${findTextProblems.toString()})(document.querySelector(${JSON.stringify(selector)}), ${JSON.stringify(options)});
    })()`,
  );
}
