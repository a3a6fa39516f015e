// What the app needs before it may listen, checked up front with one line that names the
// fix. Probot alone would sign webhooks with "development" when WEBHOOK_SECRET is empty (as
// .env.example ships it), so anyone could forge a pull_request.closed that closes a topic
// issue; and with APP_ID empty it serves its setup wizard to whoever finds the port.
export class AppConfigError extends Error {}

export interface AppConfig {
  appId: string;
  secret: string;
  port: number;
  host?: string;
  webhookPath: string;
}

export const DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";

export function readAppConfig(env: Record<string, string | undefined>): AppConfig {
  const value = (name: string) => env[name]?.trim() ?? "";
  const secret = value("WEBHOOK_SECRET");
  if (!secret || secret === "development") {
    throw new AppConfigError(
      "WEBHOOK_SECRET is not set: set it to the webhook secret of the GitHub App (Settings > Webhook secret); without it anyone could send the app forged events",
    );
  }
  const appId = value("APP_ID");
  if (!/^\d+$/.test(appId)) {
    throw new AppConfigError(
      `APP_ID is ${appId ? `"${appId}", not a number` : "not set"}: set it to the App ID on the GitHub App's settings page (register the app from bot/app.yml first; the app serves no setup page)`,
    );
  }
  if (!value("PRIVATE_KEY") && !value("PRIVATE_KEY_PATH")) {
    throw new AppConfigError(
      "PRIVATE_KEY or PRIVATE_KEY_PATH is not set: generate a private key on the GitHub App's settings page and pass it (or the .pem file's path)",
    );
  }
  const port = Number(value("PORT") || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppConfigError(`PORT is "${value("PORT")}", not a port number`);
  }
  return {
    appId,
    secret,
    port,
    ...(value("HOST") ? { host: value("HOST") } : {}),
    webhookPath: value("WEBHOOK_PATH") || DEFAULT_WEBHOOK_PATH,
  };
}
