// One sync per repository at a time inside this process: two pushes in quick succession
// must not both see an empty repository and both create every issue. Across processes the
// Redis queue serialises a repository's jobs (queue/repo-mutex.ts); the queues already run
// one job per repository, so under them this lock is always free.
import type { RepoRef } from "../core/github/client.js";

export class RepoLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** run() keyed by the repository (owner/name, case-insensitive as GitHub treats them). */
  forRepo<T>(repo: RepoRef, task: () => Promise<T>): Promise<T> {
    return this.run(`${repo.owner}/${repo.repo}`.toLowerCase(), task);
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
