import type { Page } from 'playwright-core';

/** Text of a configured widget's slot (data-slot is the widget id from the config). */
export const slotText = (page: Page, id: string): Promise<string> =>
  page.locator(`[data-slot="${id}"]`).innerText();

/**
 * Whether every KPI number in the slots shows its final value: the counting text is drawn frame
 * by frame, while the hidden accessible copy beside it holds the value it counts to.
 */
const countUpsDone = (page: Page, ids: readonly string[]): Promise<boolean> =>
  page.evaluate(
    (slots) =>
      slots.every((id) =>
        [...document.querySelectorAll(`[data-slot="${id}"] .os-kpi__value`)].every(
          (value) =>
            value.querySelector('.os-kpi__number')?.textContent ===
            value.querySelector('.os-sr-only')?.textContent,
        ),
      ),
    ids,
  );

/**
 * The given slots' texts once every KPI count-up in them has reached its value and two reads
 * 300 ms apart agree, so a read never catches a number mid-way. Throws if they still move after
 * `timeout` ms.
 */
export async function settledSlots(
  page: Page,
  ids: readonly string[],
  timeout = 15_000,
): Promise<string[]> {
  const read = () => Promise.all(ids.map((id) => slotText(page, id)));
  const end = Date.now() + timeout;
  let before = await read();
  for (;;) {
    await page.waitForTimeout(300);
    const again = await read();
    if (JSON.stringify(again) === JSON.stringify(before) && (await countUpsDone(page, ids)))
      return again;
    if (Date.now() > end)
      throw new Error(`slots ${ids.join(', ')} still changing after ${timeout} ms`);
    before = again;
  }
}
