// What `npm run bot` can start with, decided before Probot runs: Probot itself prints a
// stack trace for a bad key and silently falls back to setup mode for a bad APP_ID. Here
// each problem is one line that says how to fix it. Never echoes a secret's value.
import { createPrivateKey } from "node:crypto";
import { getPrivateKey } from "@probot/get-private-key";

export type StartMode =
  /** No credentials at all: Probot's setup page registers the app from app.yml. */
  | { mode: "setup" }
  /** Credentials that look right: run the app. */
  | { mode: "app" }
  | { mode: "error"; message: string };

type Env = Record<string, string | undefined>;

const SETTINGS =
  "the app's settings page (github.com → Settings → Developer settings → GitHub Apps → your app)";

function set(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== "";
}

/** The PEM Probot would use, or a fix; undefined when no key is given anywhere. */
function readKey(env: Env, cwd: string): { key?: string; error?: string } {
  let key: string | null;
  try {
    key = getPrivateKey({ env, cwd });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (set(env.PRIVATE_KEY)) {
      return {
        error:
          "PRIVATE_KEY is not a private key: paste the whole .pem file from " +
          `${SETTINGS} (BEGIN and END lines included, line breaks as \\n), or set PRIVATE_KEY_PATH to the file instead`,
      };
    }
    if (set(env.PRIVATE_KEY_PATH)) {
      return {
        error: `PRIVATE_KEY_PATH names no file (${env.PRIVATE_KEY_PATH}): set it to the .pem downloaded from ${SETTINGS}`,
      };
    }
    if (/More than one file/.test(message)) {
      return { error: `more than one .pem file in ${cwd}: set PRIVATE_KEY_PATH to the app's key` };
    }
    return { error: `cannot read the private key: ${message.replace(/^\[[^\]]+\] /, "")}` };
  }
  if (key === null) return {};
  try {
    createPrivateKey(key);
  } catch {
    const where = set(env.PRIVATE_KEY)
      ? "PRIVATE_KEY"
      : set(env.PRIVATE_KEY_PATH)
        ? `PRIVATE_KEY_PATH (${env.PRIVATE_KEY_PATH})`
        : "the .pem file here";
    return { error: `${where} is not a readable private key: generate a new one on ${SETTINGS}` };
  }
  return { key };
}

export function startMode(env: Env, cwd: string): StartMode {
  const { key, error } = readKey(env, cwd);
  if (error) return { mode: "error", message: error };
  const appId = env.APP_ID?.trim();

  if (!set(appId) && key === undefined) {
    if (env.NODE_ENV === "production") {
      return {
        mode: "error",
        message:
          "APP_ID and PRIVATE_KEY are not set, and NODE_ENV=production has no setup page: put the app's credentials in the environment (see .env.example)",
      };
    }
    return { mode: "setup" };
  }
  if (!set(appId)) {
    return {
      mode: "error",
      message: `APP_ID is not set: copy the App ID from ${SETTINGS} into .env (APP_ID=123456)`,
    };
  }
  if (!/^[1-9]\d*$/.test(appId)) {
    return {
      mode: "error",
      message: `APP_ID must be the app's number, e.g. APP_ID=123456 (it is ${JSON.stringify(appId)}): copy the App ID from ${SETTINGS}`,
    };
  }
  if (key === undefined) {
    return {
      mode: "error",
      message: `PRIVATE_KEY is not set: generate a private key on ${SETTINGS} and set PRIVATE_KEY_PATH=path/to/key.pem (or PRIVATE_KEY) in .env`,
    };
  }
  if (!set(env.WEBHOOK_SECRET)) {
    return {
      mode: "error",
      message: `WEBHOOK_SECRET is not set: use the webhook secret from ${SETTINGS}; without it no delivery can be verified`,
    };
  }
  return { mode: "app" };
}
