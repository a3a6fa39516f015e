// Local development through smee.io: GitHub delivers to a public smee channel
// (WEBHOOK_PROXY_URL), and smee-client replays each delivery to this server, signature
// and all, so the webhook guard and the signature check run as in production.
// smee-client is a development dependency: it is loaded only when the variable is set.
import type { Server } from "node:http";
import { DEFAULT_WEBHOOK_PATH } from "./app-config.js";

export async function forwardFromSmee(source: string, server: Server, webhookPath?: string): Promise<void> {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 3000;
  const target = `http://127.0.0.1:${port}${webhookPath || DEFAULT_WEBHOOK_PATH}`;
  let SmeeClient: new (options: { source: string; target: string; logger?: Console }) => { start(): unknown };
  try {
    ({ default: SmeeClient } = (await import("smee-client")) as unknown as { default: typeof SmeeClient });
  } catch {
    throw new Error(
      "WEBHOOK_PROXY_URL is set but smee-client is not installed: run `npm ci` (it is a dev dependency)",
    );
  }
  await new SmeeClient({ source, target, logger: console }).start();
  process.stderr.write(`roadmap-ops app: forwarding ${source} to ${target}\n`);
}
