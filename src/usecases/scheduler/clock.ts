/** Where the scheduler reads the time: the system clock in production, a clock the test moves. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until it is set or advanced (tests, demos). */
export interface ManualClock extends Clock {
  set(at: Date | string): void;
  advanceDays(days: number): void;
}

export function manualClock(start: Date | string): ManualClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advanceDays: (days) => {
      current = new Date(current.getTime() + days * 86_400_000);
    },
  };
}
