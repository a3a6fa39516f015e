// Webhook payloads for the multi-instance tests and the bench: an installation with its
// repositories, and a push that touches the roadmap, for any repository and installation.
import type { RepoRef } from "../../core/github/client.js";
import type { Payload } from "./webhooks.js";
import { inTestRepo, webhookExample } from "./webhooks.js";

export const ROADMAP_FILE = "roadmap/roadmap.yml";

export function installationCreated(installation: number, repos: RepoRef[]): Payload {
  const payload = webhookExample("installation", "created");
  payload.installation.id = installation;
  payload.repositories = repos.map((repo, index) => ({
    id: index + 1,
    node_id: `R_${index + 1}`,
    name: repo.repo,
    full_name: `${repo.owner}/${repo.repo}`,
    private: true,
  }));
  return payload;
}

export function roadmapPush(installation: number, repo: RepoRef, after = "abc123"): Payload {
  const payload = inTestRepo(webhookExample("push"), repo.owner, repo.repo);
  payload.installation = { id: installation, node_id: `I_${installation}` };
  payload.ref = `refs/heads/${payload.repository.default_branch}`;
  payload.after = after;
  payload.commits = [{ id: after, message: "edit", added: [], removed: [], modified: [ROADMAP_FILE] }];
  return payload;
}
