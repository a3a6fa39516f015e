// `npm run bot`: starts the app with Probot's standard variables (APP_ID, PRIVATE_KEY or
// PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, HOST; WEBHOOK_PROXY_URL for a smee.io channel in
// development; GHE_HOST / GHE_PROTOCOL for GitHub Enterprise Server). See .env.example.
// Without APP_ID and PRIVATE_KEY it serves Probot's setup page, which registers the app
// from ./app.yml and writes its credentials to .env.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { run } from "probot";
import type { ApplicationFunction } from "probot";
import app from "./app.js";
import { startMode } from "./credentials.js";
import { healthz } from "./healthz.js";

// The same .env Probot loads (and, like Probot, its values win), so the check below sees
// what Probot will see.
try {
  Object.assign(process.env, parseEnv(readFileSync(join(process.cwd(), ".env"), "utf8")));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
}

const start = startMode(process.env, process.cwd());
if (start.mode === "error") {
  process.stderr.write(`roadmap-ops app: ${start.message}\n`);
  process.exit(1);
}
if (start.mode === "setup") {
  process.stderr.write(
    `roadmap-ops app: no APP_ID or PRIVATE_KEY, so this is setup mode: open http://localhost:${process.env.PORT || 3000}/probot to register the app on GitHub from app.yml; its credentials are written to .env, then restart\n`,
  );
}
// GET /healthz belongs to the HTTP server, not to the webhook handlers: registered here,
// where there is a server (a test loading bot/app.ts into a bare Probot has none).
const withHealthz: ApplicationFunction = async (probot, options) => {
  options.addHandler(healthz);
  await app(probot);
};

try {
  await run(withHealthz);
} catch (error) {
  // Probot has logged the details; the exit code tells a supervisor it did not start.
  process.stderr.write(
    `roadmap-ops app: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
