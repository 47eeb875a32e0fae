import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeTextProblems } from '../support/textFit.js';
import {
  composeContactSheet,
  holdStill,
  openScreen,
  pageTextProblems,
  type SheetRow,
  screenSuite,
  settledScreenshot,
  waitForScreenReady,
} from './harness/index.js';

// Every screen config at the four wall sizes, dark and light, Chinese and English, as a person
// reviewing the design would see it: each picture is taken with the clock pinned and motion
// reduced, once the page stops changing, and they are composed into one contact sheet. On each
// the DOM text is checked (nothing runs out of its box, is clipped or drawn over other text),
// and on the default screen the map's share of the screen and its placement in its panel.

const shots = 'test/e2e/screenshots';
const screens = readdirSync(new URL('../../data/screens/', import.meta.url))
  // Screen configs only: `*.playlist.json` files name screens to rotate through.
  .filter((f) => f.endsWith('.json') && !f.endsWith('.playlist.json'))
  .sort();
const sizes = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 5760, height: 1080 },
  { width: 6656, height: 1792 },
];
const looks = [
  { theme: 'dark', lang: 'zh-CN' },
  { theme: 'dark', lang: 'en' },
  { theme: 'light', lang: 'zh-CN' },
  { theme: 'light', lang: 'en' },
] as const;

/** The share of the screen the default screen's map panel must take at every size. */
const MAP_SHARE = 0.28;

/**
 * The map panel's share of the screen, and where the map is drawn in its chart: the box of the
 * canvas pixels that are not transparent (land, markers, names) against the canvas.
 */
function mapPlacement(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-area="map"]');
    const canvas = panel?.querySelector('canvas');
    if (!panel || !canvas) throw new Error('no map canvas');
    const p = panel.getBoundingClientRect();
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    let left = copy.width;
    let top = copy.height;
    let right = -1;
    let bottom = -1;
    for (let y = 0; y < copy.height; y++)
      for (let x = 0; x < copy.width; x++)
        if ((data[(y * copy.width + x) * 4 + 3] ?? 0) > 40) {
          left = Math.min(left, x);
          right = Math.max(right, x);
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
    return {
      share: (p.width * p.height) / (innerWidth * innerHeight),
      // The drawing's centre from the chart's centre, as shares of the chart's width and height.
      offsetX: (left + right + 1) / 2 / copy.width - 0.5,
      offsetY: (top + bottom + 1) / 2 / copy.height - 0.5,
      // The drawing's extent as shares of the chart's.
      drawnW: (right - left + 1) / copy.width,
      drawnH: (bottom - top + 1) / copy.height,
    };
  });
}

/** Whether the map's legend and its layer switch overlap (the switch would hide classes). */
function legendUnderSwitch(page: Page) {
  return page.evaluate(() => {
    const legend = document.querySelector('[data-area="map"] [data-map-legend]');
    const toggle = document.querySelector('[data-area="map"] .cs-layer-switch');
    if (!legend || !toggle) throw new Error('no map legend or layer switch');
    const a = legend.getBoundingClientRect();
    const b = toggle.getBoundingClientRect();
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  });
}

const key = (screen: string, look: (typeof looks)[number], size: (typeof sizes)[number]) =>
  `${screen} ${look.theme} ${look.lang} ${size.width}x${size.height}`;

describe('every screen at every wall size, dark and light, Chinese and English', () => {
  const pictures = new Map<string, Buffer>();

  const suite = screenSuite();
  beforeAll(() => {
    mkdirSync(shots, { recursive: true });
  });

  for (const screen of screens) {
    for (const look of looks) {
      for (const size of sizes) {
        const leads = screen === 'default.json' ? 'the map leads and ' : '';
        it(`${screen}, ${look.theme}, ${look.lang}, ${size.width}×${size.height}: ${leads}text fits`, async () => {
          const { page, problems, close } = await openScreen(suite.browser, suite.server.url, {
            ...size,
            query: `screen=screens/${screen}&theme=${look.theme}&lang=${look.lang}`,
            beforeLoad: (p) => holdStill(p),
          });
          try {
            await waitForScreenReady(page);
            pictures.set(key(screen, look, size), await settledScreenshot(page, { type: 'jpeg' }));
            if (leads) {
              const map = await mapPlacement(page);
              expect(map.share).toBeGreaterThanOrEqual(MAP_SHARE);
              // Centred in its chart, and as large as the chart allows in one direction.
              expect(Math.abs(map.offsetX)).toBeLessThan(0.02);
              expect(Math.abs(map.offsetY)).toBeLessThan(0.02);
              expect(Math.max(map.drawnW, map.drawnH)).toBeGreaterThan(0.9);
              expect(await legendUnderSwitch(page)).toBe(false);
            }
            // A cut that carries its full text in a title (an alert line, a long category) is
            // an abbreviation on purpose; everything else is a fault.
            const text = await pageTextProblems(page, '.cs-grid');
            expect(describeTextProblems(text.filter((t) => t.kind !== 'cut-titled'))).toBe('');
            expect(problems).toEqual({
              consoleErrors: [],
              failedRequests: [],
              foreignRequests: [],
            });
          } finally {
            await close();
          }
        });
      }
    }
  }

  it('composes the contact sheet of all of them', async () => {
    const rows: SheetRow[] = screens.flatMap((screen) =>
      looks.map((look) => ({
        label: [screen, `${look.theme} / ${look.lang}`],
        pictures: sizes.map((size) => ({
          ...size,
          image: pictures.get(key(screen, look, size)) ?? null,
        })),
      })),
    );
    const sheet = await composeContactSheet(
      suite.browser,
      sizes.map((s) => `${s.width} x ${s.height}`),
      rows,
    );
    writeFileSync(`${shots}/contact-sheet.png`, sheet);
    // Every picture made it onto the sheet.
    expect(rows.flatMap((r) => r.pictures).filter((p) => !p.image)).toEqual([]);
  });
});
