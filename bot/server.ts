// `npm run bot`: starts the app with Probot's standard variables (APP_ID, PRIVATE_KEY or
// PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT; GHE_HOST / GHE_PROTOCOL for GitHub Enterprise
// Server; REDIS_URL for the shared queue). See .env.example.
import { run } from "probot";
import { createApp } from "./app.js";
import { gracefulShutdown } from "./ops/shutdown.js";
import { AppMetrics } from "./ops/metrics.js";
import { queueFromEnv } from "./queue/from-env.js";
import { consoleLog } from "./ops/console-log.js";

const metrics = new AppMetrics();
const queue = queueFromEnv(process.env, consoleLog, metrics);
const server = await run(createApp({ queue, metrics }));
gracefulShutdown(server, queue, consoleLog);
