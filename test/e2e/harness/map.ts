import type { Page } from 'playwright-core';

/**
 * Click the screen's map canvas at points around its centre until one lands on a district, and
 * return the selected code (html's `data-selected`), or null if none did. Where a district lies
 * depends on the boundaries and the panel's size, so a fixed point would break with the layout.
 */
export async function clickADistrict(page: Page): Promise<string | null> {
  const box = await page.locator('.cs-map canvas').first().boundingBox();
  if (!box) throw new Error('map canvas has no box');
  const points = [
    [0.5, 0.55],
    [0.45, 0.6],
    [0.55, 0.5],
    [0.4, 0.65],
    [0.6, 0.45],
    [0.5, 0.7],
  ] as const;
  for (const [fx, fy] of points) {
    await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    const selected = await page
      .locator('[data-selected]')
      .getAttribute('data-selected', { timeout: 5_000 })
      .catch(() => null);
    if (selected) return selected;
  }
  return null;
}
