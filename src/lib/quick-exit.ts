/**
 * Counts Shift presses for "Exit this page": three within the time limit exits. Any other key
 * resets the count, as does Shift held with another key, so typing a capital letter never counts.
 */

export const pressesToExit = 3;
export const timeLimitMs = 5000;

/** What the status region says, in GOV.UK's words, so screen reader users hear the same as others see. */
export const statusMessages = {
  progress: (remaining: number) => `Shift, press ${remaining} more ${remaining === 1 ? 'time' : 'times'} to exit.`,
  expired: 'Exit this page expired.',
  activated: 'Exit this page activated.',
} as const;

export interface ShiftPressHandlers {
  /** After a counted press that did not exit: how many more are needed. */
  onProgress: (remaining: number) => void;
  /** The count went back to zero: `expired` is true when time ran out, false for another key. */
  onReset: (expired: boolean) => void;
  /** The third press arrived in time. */
  onExit: () => void;
}

interface KeyTarget {
  addEventListener(type: 'keydown', listener: (event: KeyboardEvent) => void): void;
}

export function watchShiftPresses(target: KeyTarget, handlers: ShiftPressHandlers, now = () => Date.now()): void {
  let presses = 0;
  let startedAt = 0;
  let expiry: ReturnType<typeof setTimeout> | undefined;

  const reset = (expired: boolean) => {
    if (presses === 0) return;
    presses = 0;
    clearTimeout(expiry);
    handlers.onReset(expired);
  };

  target.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat || event.ctrlKey || event.altKey || event.metaKey) {
      reset(false);
      return;
    }
    if (presses > 0 && now() - startedAt > timeLimitMs) reset(true);
    if (presses === 0) {
      startedAt = now();
      expiry = setTimeout(() => reset(true), timeLimitMs);
    }
    presses += 1;
    if (presses >= pressesToExit) {
      presses = 0;
      clearTimeout(expiry);
      handlers.onExit();
    } else {
      handlers.onProgress(pressesToExit - presses);
    }
  });
}
