// `npm run bot`: the app's server, with Probot's standard variables (APP_ID, PRIVATE_KEY or
// PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, HOST; WEBHOOK_PROXY_URL for a smee.io channel in
// development; GHE_HOST / GHE_PROTOCOL for GitHub Enterprise Server; REDIS_URL for the
// queue shared by several instances). See .env.example. Bad or missing credentials stop it
// with one line that names the fix. SIGTERM finishes or hands back the current job.
//
// `npm run bot:setup` (this file with --setup): before there are credentials, Probot's
// setup page on localhost registers the app on GitHub from ./app.yml and writes its
// credentials to .env. The running app never serves that page (anyone who found the port
// could register an app through it).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { run } from "probot";
import { AppConfigError } from "./app-config.js";
import { createApp } from "./app.js";
import { consoleLog } from "./ops/console-log.js";
import { AppMetrics } from "./ops/metrics.js";
import { gracefulShutdown } from "./ops/shutdown.js";
import { queueFromEnv } from "./queue/from-env.js";
import { startMode } from "./credentials.js";
import { forwardFromSmee } from "./smee.js";
import { startServer } from "./start.js";

const say = (line: string) => process.stderr.write(`roadmap-ops app: ${line}\n`);

// The same .env Probot loads (and, like Probot, its values win), so the checks below see
// what Probot would see.
try {
  Object.assign(process.env, parseEnv(readFileSync(join(process.cwd(), ".env"), "utf8")));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
}

const start = startMode(process.env, process.cwd());
if (start.mode === "error") {
  say(start.message);
  process.exit(1);
}

if (process.argv.includes("--setup")) {
  if (start.mode !== "setup") {
    say("APP_ID and a private key are already set: the app is registered; start it with `npm run bot`");
    process.exit(1);
  }
  // Local only: the page registers an app on GitHub for whoever opens it.
  process.env.HOST ||= "127.0.0.1";
  say(
    `setup mode: open http://localhost:${process.env.PORT || 3000}/probot to register the app on GitHub from app.yml; its credentials are written to .env, then run \`npm run bot\``,
  );
  await run(() => undefined);
} else {
  if (start.mode === "setup") {
    say(
      "no APP_ID or PRIVATE_KEY: register the app first with `npm run bot:setup` (a page on localhost that creates it on GitHub from app.yml and writes .env), then run `npm run bot` again",
    );
    process.exit(1);
  }
  try {
    // Without REDIS_URL the queue lives in this process; with it, every instance shares it.
    const metrics = new AppMetrics();
    const queue = queueFromEnv(process.env, consoleLog, metrics);
    const server = await startServer(process.env, createApp({ queue, metrics }));
    gracefulShutdown(
      { stop: () => new Promise<void>((done) => server.close(() => done())) },
      queue,
      consoleLog,
    );
    const url = process.env.WEBHOOK_PROXY_URL;
    if (url) await forwardFromSmee(url, server, process.env.WEBHOOK_PATH);
  } catch (error) {
    say(
      error instanceof AppConfigError
        ? error.message
        : `could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
