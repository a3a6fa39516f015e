// GitHub disables a public repository's scheduled workflows after 60 days without
// repository activity, and the daily prompt would silently stop. When the last push is
// getting old, the scheduled run re-enables its own workflow through the API
// (PUT …/actions/workflows/{file}/enable, which needs `actions: write`), the same API
// route keepalive tools use, instead of pushing dummy commits. Reads 1, writes 0 or 1.
import type { RepoScope } from "./scope.js";
import { nowOf } from "./scope.js";

/** Re-enable once the last push is this old: well inside GitHub's 60 days. */
export const KEEP_ALIVE_AFTER_DAYS = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

export type KeepAliveResult = "recent" | "enabled" | "dry-run" | "failed";

/** ".github/workflows/roadmap.yml" from GITHUB_WORKFLOW_REF ("o/r/.github/workflows/roadmap.yml@refs/heads/main"). */
export function workflowFileOf(workflowRef: string | undefined): string | undefined {
  return workflowRef ? /\/\.github\/workflows\/([^/@]+)@/.exec(workflowRef)?.[1] : undefined;
}

export async function keepScheduleAlive(scope: RepoScope, workflowFile: string): Promise<KeepAliveResult> {
  const { data } = await scope.github.request<{ pushed_at?: string | null }>("GET /repos/{owner}/{repo}", {
    ...scope.repo,
  });
  const pushedAt = data.pushed_at ? Date.parse(data.pushed_at) : NaN;
  const idleDays = Number.isNaN(pushedAt) ? Infinity : (nowOf(scope).getTime() - pushedAt) / DAY_MS;
  if (idleDays < KEEP_ALIVE_AFTER_DAYS) {
    scope.log.debug(`keep-alive: last push ${Math.floor(idleDays)} days ago, nothing to do`);
    return "recent";
  }
  const route = "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable";
  if (scope.dryRun) {
    scope.log.info(`dry run: would re-enable ${workflowFile} (no push for ${Math.floor(idleDays)} days)`);
    return "dry-run";
  }
  try {
    await scope.github.request(route, { ...scope.repo, workflow_id: workflowFile });
    scope.log.info(`keep-alive: re-enabled ${workflowFile} so GitHub keeps running its schedule`);
    return "enabled";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.log.warn(
      `keep-alive: could not re-enable ${workflowFile} (${message}); the workflow needs \`permissions: actions: write\`, ` +
        "or GitHub will pause the daily schedule after 60 days without a push",
    );
    return "failed";
  }
}
