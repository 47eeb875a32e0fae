// Chart work that many charts ask for at the same moment: the redraw of every chart once the
// screen's fonts have arrived ran in one promise callback, about 80 ms at 4K, and the browser
// could draw nothing meanwhile. Each piece now has a task of its own.

// Work that waits for a task of its own, in the order it came.
const waiting = new Set<() => void>();
// A piece has run in the current task.
let taken = false;
let channel: MessageChannel | undefined;

/** Ask for a new task: a posted message, which, unlike a timer, no browser delays or clamps. */
function nextTask(): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = release;
    // Node's ports (tests) keep the process alive while open; this queue must not.
    (channel.port1 as { unref?: () => void }).unref?.();
  }
  channel.port2.postMessage(null);
}

function release(): void {
  taken = false;
  const first = waiting.values().next();
  if (first.done) return;
  waiting.delete(first.value);
  run(first.value);
}

function run(work: () => void): void {
  taken = true;
  // Asked for before the work runs, so a piece that throws does not stop the queue.
  nextTask();
  work();
}

/**
 * Runs `work` now if no other piece has run in this task, else in a later task, one piece per
 * task, in order. Returns a function that takes the work back if it has not run yet.
 */
export function inTurn(work: () => void): () => void {
  if (!taken) {
    run(work);
    return () => {};
  }
  waiting.add(work);
  return () => {
    waiting.delete(work);
  };
}

/** How many pieces wait for a task (for tests). */
export function piecesWaiting(): number {
  return waiting.size;
}
