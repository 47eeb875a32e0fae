import { describe, expect, it } from 'vitest';
import { inTurn, piecesWaiting } from '../src/echarts/inTurn.js';

/** Resolves once every piece has run. */
const until = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(done()).toBe(true);
};

describe('inTurn', () => {
  it('runs the first piece now and each other in a task of its own, in order', async () => {
    const ran: number[] = [];
    // What had run when each piece's task ended (a microtask runs before the next task).
    const seenAtTaskEnd: number[] = [];
    const piece = (k: number) => () => {
      ran.push(k);
      queueMicrotask(() => seenAtTaskEnd.push(ran.length));
    };
    for (let k = 0; k < 4; k++) inTurn(piece(k));
    expect(ran).toEqual([0]);
    expect(piecesWaiting()).toBe(3);
    await until(() => ran.length === 4);
    expect(ran).toEqual([0, 1, 2, 3]);
    expect(seenAtTaskEnd).toEqual([1, 2, 3, 4]);
  });

  it('takes back a piece that has not run, and goes on past a piece that throws', async () => {
    const ran: string[] = [];
    inTurn(() => ran.push('first'));
    const takeBack = inTurn(() => ran.push('taken back'));
    inTurn(() => {
      throw new Error('a chart that failed');
    });
    inTurn(() => ran.push('last'));
    takeBack();
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    try {
      await until(() => ran.includes('last'));
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(ran).toEqual(['first', 'last']);
    expect(errors).toHaveLength(1);
  });
});
