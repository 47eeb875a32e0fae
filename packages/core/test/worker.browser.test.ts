import { describe, expect, it } from 'vitest';
import petitionsText from '../../../data/feeds/petitions.json?raw';

// @onescreen/core promises to run where the screen may put it: Node, the page, and a Web
// Worker (no DOM). This proves the last of the three in a real Chromium worker.
describe('@onescreen/core in a Web Worker', () => {
  it('parses a real feed and runs the store without a DOM', async () => {
    const worker = new Worker(new URL('./worker/parse-in-worker.ts', import.meta.url), {
      type: 'module',
    });
    try {
      const reply = await new Promise<Record<string, unknown>>((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage(petitionsText);
      });
      expect(reply).toEqual({
        hasDocument: false,
        ok: true,
        kind: 'petitions',
        dropped: 0,
        place: '330109',
      });
    } finally {
      worker.terminate();
    }
  });
});
