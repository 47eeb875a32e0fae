import type { Page } from 'playwright-core';

/** Text of a configured widget's slot (data-slot is the widget id from the config). */
export const slotText = (page: Page, id: string): Promise<string> =>
  page.locator(`[data-slot="${id}"]`).innerText();

/**
 * The given slots' texts once two reads 300 ms apart agree: KPI numbers count up when they
 * change, so a single read can catch one mid-way. Throws if they still move after `timeout` ms.
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
    if (JSON.stringify(again) === JSON.stringify(before)) return again;
    if (Date.now() > end)
      throw new Error(`slots ${ids.join(', ')} still changing after ${timeout} ms`);
    before = again;
  }
}
