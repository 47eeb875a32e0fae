/** Resolves with the signal once the process is asked to stop (SIGINT or SIGTERM). */
export const stopSignal = () =>
  new Promise<NodeJS.Signals>((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
