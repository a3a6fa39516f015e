import type { Logger } from "../core/github/client.js";

/** Probot's pino logger as core's Logger. */
export function asLogger(log: {
  info: (msg: string) => void;
  warn: (msg: string) => void;
  debug: (msg: string) => void;
}): Logger {
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    debug: (message) => log.debug(message),
  };
}
