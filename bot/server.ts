// `npm run bot`: starts the app with Probot's standard variables (APP_ID, PRIVATE_KEY or
// PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT; GHE_HOST / GHE_PROTOCOL for GitHub Enterprise
// Server). See .env.example.
import { run } from "probot";
import app from "./app.js";

await run(app);
