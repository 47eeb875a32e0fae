import type { LoadedDefinition } from './definition.js';
import { type RunOptions, type RunOutcome, runDefinition } from './run-definition.js';

/** A running watch: stop it to end every timer (the run in progress finishes first). */
export interface DefinitionWatch {
  /** Stops scheduling; resolves once no run is in progress. */
  stop(): Promise<void>;
}

/**
 * Runs every definition now and then again at its own `refreshSeconds`, each on its own timer;
 * a run never overlaps the previous run of the same definition (the next one is scheduled when
 * it ends). A failed run changes nothing on disk and does not stop the watch.
 */
export function watchDefinitions(
  definitions: readonly LoadedDefinition[],
  onOutcome: (outcome: RunOutcome) => void,
  options: RunOptions = {},
): DefinitionWatch {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const cycle = (loaded: LoadedDefinition) => {
    if (stopped) return;
    const run = runDefinition(loaded, options).then((outcome) => {
      running.delete(run);
      if (stopped) return;
      onOutcome(outcome);
      const timer = setTimeout(() => {
        timers.delete(timer);
        cycle(loaded);
      }, loaded.definition.refreshSeconds * 1000);
      timers.add(timer);
    });
    running.add(run);
  };
  for (const loaded of definitions) cycle(loaded);
  return {
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await Promise.all([...running]);
    },
  };
}
