// The app's HTTP server: the configuration checked first (app-config.ts), then every
// request through the webhook guard (webhook-guard.ts) before Probot's middleware reads it.
// Probot's own `run()` would put its webhook middleware ahead of anything we add and serve
// its setup wizard without APP_ID, so the server is built here from its parts.
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { ApplicationFunction, Probot } from "probot";
import { createNodeMiddleware, createProbot } from "probot";
import { readAppConfig } from "./app-config.js";
import { guardWebhook } from "./webhook-guard.js";

export interface StartOptions {
  /** Tests pass a Probot aimed at nock; otherwise it is built from the environment. */
  probot?: Probot;
  /** Tests lower the body limit rather than send 25 MB. */
  maxBodyBytes?: number;
  /** Tests lower the number of bodies read at once. */
  maxBodiesInFlight?: number;
}

export async function startServer(
  env: Record<string, string | undefined>,
  appFn: ApplicationFunction,
  options: StartOptions = {},
): Promise<Server> {
  const config = readAppConfig(env);
  const probot = options.probot ?? createProbot({ env });
  const middleware = await createNodeMiddleware(appFn, { probot, webhooksPath: config.webhookPath });
  const server = createServer((req, res) => {
    void (async () => {
      try {
        if (await guardWebhook(req, res, config.webhookPath, options.maxBodyBytes, options.maxBodiesInFlight))
          return;
        await middleware(req, res, () => {
          res.writeHead(404).end();
        });
      } catch (error) {
        probot.log.error(error as Error);
        if (!res.headersSent) res.writeHead(500).end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  // Probot's own wording, which supervisors and the tests wait for.
  probot.log.info(`Listening on http://${config.host ?? "localhost"}:${port}`);
  return server;
}
