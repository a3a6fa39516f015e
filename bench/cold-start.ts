// Spawn to first request: how long a fresh `node <bundle>` takes before GitHub sees its
// first request. A local HTTP server stands in for the API (GITHUB_API_URL points at it) and
// notes when the first request arrives, whatever fetch the bundle uses; the process is then
// killed. The Action and a peer's committed bundle run alternately in the same bench run, so
// both meet the same machine load.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Subject {
  name: string;
  bundle: string;
  env: Record<string, string>;
  cwd: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median milliseconds from spawn to first request per subject (`runs` each, after 2 warm-up runs). */
export async function spawnToFirstRequest(
  subjects: readonly Subject[],
  runs: number,
): Promise<Map<string, number>> {
  let arrived: ((at: number) => void) | undefined;
  const server = createServer((_request, response) => {
    arrived?.(performance.now());
    response.writeHead(503, { "content-type": "application/json" });
    response.end('{"message":"bench"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const times = new Map<string, number[]>(subjects.map((subject) => [subject.name, []]));
  try {
    for (let i = 0; i < runs + 2; i++) {
      for (const subject of subjects) {
        const first = new Promise<number>((resolve) => (arrived = resolve));
        const start = performance.now();
        const child = spawn(process.execPath, [subject.bundle], {
          env: { PATH: process.env.PATH ?? "", ...subject.env, GITHUB_API_URL: url },
          cwd: subject.cwd,
          stdio: "ignore",
        });
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        const at = await Promise.race([first, exited.then(() => NaN)]);
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
        await exited;
        if (Number.isNaN(at)) throw new Error(`${subject.name}: exited before its first request`);
        if (i >= 2) times.get(subject.name)!.push(at - start);
      }
    }
  } finally {
    server.close();
  }
  return new Map([...times].map(([name, values]) => [name, median(values)]));
}
