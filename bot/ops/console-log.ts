// Start-up and shutdown lines, before and after Probot's logger exists: one JSON line each
// on stderr, like pino's, never with a secret (the Redis URL is logged as host:port only).
function line(level: number, msg: string): void {
  process.stderr.write(
    `${JSON.stringify({ level, time: Date.now(), pid: process.pid, name: "roadmap-ops", msg })}\n`,
  );
}

export const consoleLog = {
  info: (msg: string) => line(30, msg),
  warn: (msg: string) => line(40, msg),
  error: (msg: string) => line(50, msg),
};
