// Spacing between writes, in the shape @octokit/plugin-throttling schedules its lanes
// (`lane.key(id).schedule(options, fn)`, a Bottleneck.Group's): each job starts at least
// `interval()` ms after the one before. The plugin's own lanes are module-wide Bottleneck
// groups with fixed spacing (write 1 s, notifications 3 s on top for issues and comments);
// these are per client, and the spacing can change during a run.

export interface Lane {
  key(id: string): { schedule<T>(options: unknown, job: () => Promise<T>): Promise<T> };
}

export interface PaceClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: PaceClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function pacedLane(interval: () => number, clock: PaceClock = realClock): Lane {
  let last = -Infinity;
  let tail: Promise<unknown> = Promise.resolve();
  const schedule = <T>(_options: unknown, job: () => Promise<T>): Promise<T> => {
    const slot = tail.then(async () => {
      const wait = last + interval() - clock.now();
      if (wait > 0) await clock.sleep(wait);
      last = clock.now();
    });
    tail = slot.catch(() => undefined);
    return slot.then(job);
  };
  return { key: () => ({ schedule }) };
}
