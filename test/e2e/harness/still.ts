import type { Page } from 'playwright-core';

/**
 * The moment every still is taken at, in Asia/Shanghai: a working morning just after the
 * sample data's year ends. 4,745,160 views of 20 s have passed since the default carousel
 * epoch (2020-01-01 00:00 +08:00), so a carousel of 2 to 10 views shows its first view.
 */
export const STILL_TIME = new Date('2023-01-03T10:00:08+08:00');

/**
 * A moment near STILL_TIME at which a carousel of `views` views turning every `periodMs` from
 * `epoch` (the config defaults) shows view `index`, 5 s into it.
 */
export function carouselTime(
  index: number,
  views: number,
  periodMs = 20_000,
  epoch = Date.parse('2020-01-01T00:00:00+08:00'),
): Date {
  const rotation = views * periodMs;
  const start = STILL_TIME.getTime() - ((STILL_TIME.getTime() - epoch) % rotation);
  return new Date(start + index * periodMs + 5_000);
}

/**
 * Make a page give the same picture on every run: the wall clock stands at `at` (header clock,
 * data ages and the carousel's step read it), and the page prefers reduced motion, so numbers
 * show their value at once instead of counting up and the scroll board stands still. Call before
 * the page loads (ScreenOptions.beforeLoad).
 */
export async function holdStill(page: Page, at: Date = STILL_TIME): Promise<void> {
  await page.clock.setFixedTime(at);
  await page.emulateMedia({ reducedMotion: 'reduce' });
}

/**
 * A screenshot once the page has stopped changing: fonts loaded, then taken again until two
 * pictures in a row are the same (the last one is returned). Throws if the page is still
 * changing after `timeout` ms. JPEG pictures encode several times faster than PNG at 4K.
 */
export async function settledScreenshot(
  page: Page,
  options: { type?: 'png' | 'jpeg'; timeout?: number } = {},
): Promise<Buffer> {
  const { type = 'png', timeout = 30_000 } = options;
  const shoot = () => page.screenshot(type === 'jpeg' ? { type, quality: 85 } : { type });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const end = Date.now() + timeout;
  let last = await shoot();
  for (;;) {
    const next = await shoot();
    if (next.equals(last)) return next;
    if (Date.now() > end) throw new Error(`the page was still changing after ${timeout} ms`);
    last = next;
  }
}
