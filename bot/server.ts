// `npm run bot`: starts the app with Probot's standard variables (APP_ID, PRIVATE_KEY or
// PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT; GHE_HOST / GHE_PROTOCOL for GitHub Enterprise
// Server). See .env.example. A missing WEBHOOK_SECRET or APP_ID stops it with one line.
import { existsSync } from "node:fs";
import { AppConfigError } from "./app-config.js";
import app from "./app.js";
import { startServer } from "./start.js";

// .env as Probot's run() would read it (Node's own loader; variables already set win).
if (existsSync(".env")) process.loadEnvFile(".env");

try {
  await startServer(process.env, app);
} catch (error) {
  if (!(error instanceof AppConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
