// `npm run bot` as a child process (tsx bot/server.ts, the script's own command), in a
// working directory and environment the test chooses: never the developer's .env.
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { ROOT } from "./cli.js";

const TSX = join(ROOT, "node_modules/tsx/dist/cli.mjs");
const SERVER = join(ROOT, "bot/server.ts");

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startBot(
  cwd: string,
  env: Record<string, string>,
  args: string[] = [],
): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [TSX, SERVER, ...args], {
    cwd,
    // PATH only, so nothing from the developer's shell (a real APP_ID) leaks in.
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** Runs the server to its end (for the cases where it must refuse to start). */
export function runBot(cwd: string, env: Record<string, string>, timeoutMs = 20_000): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, SERVER], {
      cwd,
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`bot did not exit within ${timeoutMs} ms:\n${stdout}${stderr}`));
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Waits until the server says it listens (or fails if it exits first). */
export function listening(
  bot: { child: ChildProcess; output: () => string },
  timeoutMs = 20_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (/Listening on http/.test(bot.output())) {
        clearInterval(poll);
        resolve();
      } else if (bot.child.exitCode !== null || Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error(`bot did not start:\n${bot.output()}`));
      }
    }, 50);
  });
}

/** Stops a started server (only the child this test started) and waits for it. */
export async function stopBot(bot: { child: ChildProcess }): Promise<void> {
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    bot.child.once("close", () => resolve());
    bot.child.kill("SIGTERM");
  });
}
