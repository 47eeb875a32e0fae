/** How a try to play the alert tone ended. */
export type PlayResult = 'played' | 'blocked' | 'failed';

/** The bundled alert tone, played on demand. */
export interface AlertSound {
  /** Plays the tone from its start. Browsers refuse before the page's first user gesture. */
  play(): Promise<PlayResult>;
  /** Stops it and lets the element go. */
  dispose(): void;
}

/**
 * The alert tone from `url` (a file in the build, so the screen stays offline). A refusal by
 * the autoplay policy (`NotAllowedError`, before any click or key on the page) comes back as
 * 'blocked', so the screen can say that a click enables sound; anything else as 'failed'.
 */
export function createAlertSound(url: string): AlertSound {
  let audio: HTMLAudioElement | null = null;
  return {
    async play() {
      try {
        audio ??= new Audio(url);
        audio.currentTime = 0;
        await audio.play();
        return 'played';
      } catch (error) {
        return error instanceof DOMException && error.name === 'NotAllowedError'
          ? 'blocked'
          : 'failed';
      }
    },
    dispose() {
      audio?.pause();
      audio = null;
    },
  };
}
