import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copySampleFeeds,
  launchChromium,
  openScreen,
  type RunningServer,
  startServer,
  waitForScreenReady,
} from './harness/index.js';

// Alerts on the production build with the production server: a feed file changes on disk, the
// server pushes it (SSE), and the open screen fires the rules it breaks: the map region pulses,
// the widgets are edged in the level's colour, the carousel turns to the alerted widget's view
// and holds there, the list says it in words, the tone asks for a click. Acknowledged alerts
// stay acknowledged and never fire again, also after a reload; two tiles show the same alerts.

const shots = 'test/e2e/screenshots';
// biome-ignore lint/suspicious/noExplicitAny: the test edits a JSON document by path
type Doc = Record<string, any>;
const defaultConfig = JSON.parse(
  readFileSync(new URL('../../data/screens/default.json', import.meta.url), 'utf8'),
) as Doc;
/** The default carousel's views, and the one that holds the petition subjects. */
const carouselViews = (defaultConfig.panels as Doc[]).find((p) => p.views)?.views as Doc[];
const subjectsView = String(
  carouselViews.findIndex((v) =>
    (v.rows as Doc[]).some((r) => (r.widgets as Doc[]).some((w) => w.id === 'pet-subjects')),
  ),
);

/** The default screen with pushed feeds, a 6 s carousel and a rule about a carousel widget. */
function alertScreen(): Doc {
  const config = structuredClone(defaultConfig);
  for (const feed of Object.values(config.feeds) as Doc[]) {
    feed.sse = feed.url;
    feed.refreshSeconds = 3600;
    feed.staleSeconds = 7200;
  }
  config.carousel = { periodSeconds: 6 };
  config.alerting.list.limit = 5;
  config.alerts.push({
    id: 'xiuzhou-petitions',
    level: 'warning',
    widget: 'pet-subjects',
    bind: {
      feed: 'petitions',
      pointer: '/data/monthly',
      transforms: [
        { filter: { field: 'district', eq: '330411' } },
        { filter: { field: 'town', present: false } },
        { filter: { period: '2022' } },
        { group: { aggregate: { received: 'sum' } } },
      ],
      view: { kind: 'value', value: 'received' },
    },
    op: '>=',
    threshold: 800,
    name: { 'zh-CN': '秀洲区全年信访量', en: 'Xiuzhou petitions this year' },
    unit: { 'zh-CN': '件', en: 'petitions' },
    sound: true,
  });
  return config;
}

/**
 * Headless Chromium under Playwright does not enforce the autoplay policy (a scripted
 * navigation even counts as user activation), so the page gets the policy here as a browser
 * applies it to a wall PC: play() is refused with NotAllowedError until the page has had a real
 * click or key press. Tones actually started are counted.
 */
const autoplayPolicy = () => {
  const play = HTMLMediaElement.prototype.play;
  const w = window as unknown as { __tones: number };
  w.__tones = 0;
  let gesture = false;
  for (const type of ['pointerdown', 'keydown'])
    window.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) gesture = true;
      },
      true,
    );
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    if (!gesture) return Promise.reject(new DOMException('no user gesture yet', 'NotAllowedError'));
    w.__tones++;
    return play.call(this);
  };
};

const html = (page: Page, key: string) =>
  page.evaluate((k) => document.documentElement.dataset[k], key);
const tones = (page: Page) =>
  page.evaluate(() => (window as unknown as { __tones: number }).__tones);
const alertIds = (page: Page) =>
  page.$$eval('[data-alert-id]', (rows) => rows.map((r) => r.getAttribute('data-alert-id')).sort());
const slotLevel = (page: Page, id: string) =>
  page.getAttribute(`[data-slot="${id}"]`, 'data-alert-level');
const carousel = (page: Page) =>
  page.$eval('.cs-panel--carousel .os-carousel', (el) => ({
    index: el.getAttribute('data-index'),
    held: el.getAttribute('data-held'),
    shows: [...el.querySelectorAll('[data-slot]')].map((s) => s.getAttribute('data-slot')),
  }));
/** The view the 6 s carousel shows by the wall clock right now. */
const wallView = (page: Page) =>
  page.evaluate(
    (n) => Math.floor((Date.now() - Date.parse('2020-01-01T00:00:00+08:00')) / 6000) % n,
    carouselViews.length,
  );

describe('alerts on the wall (production build, onescreen serve)', () => {
  let feeds: string;
  let server: RunningServer;
  let browser: Browser;
  const petitionsFile = () => join(feeds, 'petitions.json');

  /** Rewrites petitions.json the way build-feeds does (temp file renamed over it). */
  function writePetitions(change: (doc: Doc) => void) {
    const doc = JSON.parse(readFileSync(petitionsFile(), 'utf8')) as Doc;
    change(doc);
    writeFileSync(`${petitionsFile()}.tmp`, JSON.stringify(doc));
    renameSync(`${petitionsFile()}.tmp`, petitionsFile());
  }
  const xiuzhouJune = (doc: Doc) =>
    (doc.data.monthly as Doc[]).find(
      (r) => r.district === '330411' && !r.town && r.month === '2022-06',
    ) as Doc;

  beforeAll(async () => {
    feeds = copySampleFeeds();
    writeFileSync(join(feeds, 'alert-screen.json'), JSON.stringify(alertScreen()));
    server = await startServer({ feeds });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(feeds, { recursive: true, force: true });
  });

  it('fires from a changed feed, highlights, turns the carousel, is acknowledged and never fires again', async () => {
    const { page, problems, close } = await openScreen(browser, server.url, {
      width: 1920,
      height: 1080,
      query: 'screen=feeds/alert-screen.json',
      beforeLoad: async (p) => {
        await p.addInitScript(autoplayPolicy);
      },
    });
    await waitForScreenReady(page);
    // Over the sample data as published: the red-light warning and the station-area notice.
    await expect.poll(() => html(page, 'alertsFiring'), { timeout: 15_000 }).toBe('2');
    expect(await slotLevel(page, 'hl-lights')).toBe('warning');
    expect(await slotLevel(page, 'map')).toBeNull();
    expect(await page.getAttribute('[data-alerted]', 'data-alerted')).toBe('330411');
    expect(await html(page, 'alertSound')).toBe('idle');
    await expect.poll(async () => (await carousel(page)).held, { timeout: 5_000 }).toBeNull();

    // 秀洲's June 2022 petitions jump: its year rises 25 % on 2021, and its total passes 800.
    writePetitions((doc) => {
      doc.asOf = '2023-01-01T10:00:00+08:00';
      xiuzhouJune(doc).received += 246;
    });
    await expect.poll(() => html(page, 'alertsFiring'), { timeout: 20_000 }).toBe('4');
    const risen = (await alertIds(page)).filter((id) => id?.startsWith('petitions-rise|'));
    expect(risen).toEqual([`petitions-rise|330411|${Date.parse('2023-01-01T10:00:00+08:00')}`]);

    // The map pulses 秀洲 and is edged in the critical colour; the list says it in words.
    expect(await page.getAttribute('[data-alerted]', 'data-alerted')).toBe('330411');
    expect(await slotLevel(page, 'map')).toBe('critical');
    expect(await page.$eval('[data-slot="map"]', (el) => getComputedStyle(el).outlineColor)).toBe(
      'rgb(255, 107, 107)',
    );
    const row = page.locator(`[data-alert-id="${risen[0]}"]`);
    expect(await row.getAttribute('data-level')).toBe('critical');
    expect(await row.locator('.os-alerts__text').innerText()).toBe(
      '秀洲区 涉纪信访量同比上升 25.1 %，已超过 10 %',
    );
    expect(await row.locator('.os-alerts__place').innerText()).toBe('秀洲区');

    // The carousel turned to the view holding the alerted widget, and stays there past steps.
    await expect.poll(async () => (await carousel(page)).held, { timeout: 5_000 }).toBe('true');
    const held = await carousel(page);
    expect(held.index).toBe(subjectsView);
    expect(held.shows).toContain('pet-subjects');
    expect(await slotLevel(page, 'pet-subjects')).toBe('warning');
    const turns = await wallView(page);
    await expect.poll(() => wallView(page), { timeout: 15_000 }).not.toBe(turns);
    expect((await carousel(page)).index).toBe(subjectsView);
    await page.screenshot({ path: `${shots}/alerts-1920x1080.png` });

    // No gesture yet: the browser refused the tone, and the screen says a click enables it.
    expect(await html(page, 'alertSound')).toBe('blocked');
    expect(await page.locator('[data-sound-hint]').innerText()).toContain('点击屏幕任意处');
    expect(await tones(page)).toBe(0);

    // The operator acknowledges both new alerts; that first click also lets the tone play.
    await row.locator('.os-alerts__ack').click();
    await expect.poll(() => tones(page), { timeout: 5_000 }).toBe(1);
    // The tone counts when play() is called; the state follows once the audio has started.
    await expect.poll(() => html(page, 'alertSound'), { timeout: 5_000 }).toBe('played');
    await expect.poll(() => page.locator('[data-sound-hint]').count(), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => row.getAttribute('data-acknowledged')).toBe('true');
    await page.locator('[data-alert-id^="xiuzhou-petitions|"] .os-alerts__ack').click();
    // Acknowledged: no edge, no pulse of its own, the carousel rotates in step again.
    await expect.poll(() => slotLevel(page, 'map')).toBeNull();
    await expect.poll(async () => (await carousel(page)).held).toBeNull();
    await expect
      .poll(async () => Number((await carousel(page)).index) === (await wallView(page)))
      .toBe(true);
    expect(await page.getAttribute('[data-alerted]', 'data-alerted')).toBe('330411');
    expect(await html(page, 'alertsFiring')).toBe('4');

    // The same episode in a newer document (still over the line): no new alert, still acknowledged.
    const before = await alertIds(page);
    writePetitions((doc) => {
      doc.asOf = '2023-01-01T11:00:00+08:00';
      xiuzhouJune(doc).received += 10;
    });
    await expect
      .poll(() => row.locator('.os-alerts__value').innerText(), { timeout: 20_000 })
      .toBe('26.6 %');
    expect(await alertIds(page)).toEqual(before);
    expect(await row.getAttribute('data-acknowledged')).toBe('true');
    expect(await tones(page)).toBe(1);

    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });

    // A reload keeps the episodes and their acknowledgements: nothing fires, sounds or holds.
    await page.reload({ waitUntil: 'load' });
    await waitForScreenReady(page);
    await expect.poll(() => html(page, 'alertsFiring'), { timeout: 15_000 }).toBe('4');
    expect(await alertIds(page)).toEqual(before);
    for (const id of before.filter((i) => /^(petitions-rise|xiuzhou-petitions)\|/.test(i ?? '')))
      expect(await page.getAttribute(`[data-alert-id="${id}"]`, 'data-acknowledged')).toBe('true');
    expect(await slotLevel(page, 'map')).toBeNull();
    expect((await carousel(page)).held).toBeNull();
    expect(await html(page, 'alertSound')).toBe('idle');
    expect(await tones(page)).toBe(0);
    // The reload aborted the old page's open feed streams; nothing else went wrong.
    expect(
      problems.failedRequests.filter((r) => !/\/feeds\/\w+\.json \(net::ERR_ABORTED\)$/.test(r)),
    ).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await close();
  });

  it('on two tiles of a wall in kiosk mode: the same alerts, no buttons, the first click plays the tone', async () => {
    const tile = (col: number) =>
      openScreen(browser, server.url, {
        width: 960,
        height: 540,
        query: `screen=feeds/alert-screen.json&kiosk=1&tile=${col},0&tiles=2,1`,
        beforeLoad: async (p) => {
          await p.addInitScript(autoplayPolicy);
        },
      });
    const [left, right] = await Promise.all([tile(0), tile(1)]);
    for (const t of [left, right]) {
      await waitForScreenReady(t.page);
      await expect.poll(() => html(t.page, 'alertsFiring'), { timeout: 15_000 }).toBe('4');
    }
    // Fresh sessions reading the same documents: the same episodes, ids and all.
    expect(await alertIds(left.page)).toEqual(await alertIds(right.page));
    expect(await alertIds(left.page)).toHaveLength(4);
    for (const t of [left, right]) {
      expect(await t.page.locator('.os-alerts__ack').count()).toBe(0);
      expect((await carousel(t.page)).held).toBe('true');
      expect(await html(t.page, 'alertSound')).toBe('blocked');
    }
    // Kiosk mode's first click asks for fullscreen and lets the tone play.
    await left.page.mouse.click(480, 40);
    await expect.poll(() => tones(left.page), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => html(left.page, 'alertSound'), { timeout: 5_000 }).toBe('played');
    await expect
      .poll(() => left.page.locator('[data-sound-hint]').count(), { timeout: 5_000 })
      .toBe(0);
    for (const t of [left, right]) {
      expect(t.problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await t.close();
    }
  });
});
