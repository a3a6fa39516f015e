// One job per repository at a time across every instance: a Redis lock per repository
// (SET key token NX PX ttl), renewed while the job runs and released by its owner only
// (compare-and-delete in Lua). An instance killed while holding it stops renewing: the
// lock lapses after its ttl and another instance's worker takes the repository.
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export interface HeldLock {
  /** False once the lock was lost (it lapsed while this process could not renew it). */
  readonly held: boolean;
  release(): Promise<void>;
}

export class RepoMutex {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs: number,
  ) {}

  /** The lock of `key`, or undefined when another job holds it. */
  async acquire(key: string): Promise<HeldLock | undefined> {
    const name = `${this.prefix}:repo-lock:${key}`;
    const token = randomUUID();
    const ok = await this.redis.set(name, token, "PX", this.ttlMs, "NX");
    if (ok !== "OK") return undefined;
    let held = true;
    const timer = setInterval(
      () => {
        this.redis
          .eval(RENEW, 1, name, token, String(this.ttlMs))
          .then((renewed) => {
            if (renewed !== 1) held = false;
          })
          .catch(() => undefined);
      },
      Math.max(100, Math.floor(this.ttlMs / 3)),
    );
    timer.unref();
    return {
      get held() {
        return held;
      },
      release: async () => {
        clearInterval(timer);
        held = false;
        await this.redis.eval(RELEASE, 1, name, token).catch(() => undefined);
      },
    };
  }
}
