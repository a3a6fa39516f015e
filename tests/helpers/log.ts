// A Logger that keeps what it is told, for tests that assert on warnings and info lines.
import type { Logger } from "../../core/github/client.js";

/** `lines` gets "info: …" and "warn: …" in order; debug output is dropped. */
export function collectingLog(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => lines.push(`info: ${m}`),
    warn: (m) => lines.push(`warn: ${m}`),
    debug: () => {},
  };
  return { log, lines };
}
