// Writes one file through the Contents API, only when its bytes change: GET for the
// current bytes and blob sha, compare, PUT with that sha. A conflict means the branch
// moved between the two (another run, a push): re-read once and retry, then give up with
// a message that says what happened. Reads 1, writes 0 or 1 (2 after a conflict).
import type { RepoScope } from "./scope.js";
import type { RepoFile } from "./contents.js";
import { encodeRepoPath, readRepoFile } from "./contents.js";
import { statusOf } from "./errors.js";

export interface CommitFileInput {
  path: string;
  /**
   * The new content, or how to make it from the current bytes (undefined when the file is
   * missing). A function is called again after a 409, on what the branch holds then, so a
   * concurrent edit outside the README's markers is kept rather than overwritten.
   */
  content: string | Uint8Array | ((current: Uint8Array | undefined) => string | Uint8Array);
  message: string;
  /** The branch to commit to; the default branch when omitted. */
  branch?: string;
  /**
   * The file as the caller just read it (`file: undefined` when missing), so reads can go out
   * together: the first attempt uses it instead of reading again; a conflict reads afresh.
   */
  read?: { file: RepoFile | undefined };
}

export type CommitFileResult =
  | { status: "unchanged" }
  | { status: "dry-run"; existed: boolean }
  | { status: "committed"; created: boolean; commitSha: string | undefined; commitUrl: string | undefined };

/**
 * The branch moved under the write: a 409 when the file changed since it was read (its sha
 * no longer matches), or a 422 "sha" wasn't supplied when the file did not exist when read
 * and was created since (a create sends no sha).
 */
function isConflict(error: unknown, sentSha: boolean): boolean {
  const status = statusOf(error);
  if (status === 409) return true;
  const message = error instanceof Error ? error.message : "";
  return status === 422 && !sentSha && /\bsha\b/i.test(message);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

export async function commitFile(scope: RepoScope, input: CommitFileInput): Promise<CommitFileResult> {
  const ref = input.branch;
  const toBytes = (content: string | Uint8Array) =>
    typeof content === "string" ? new TextEncoder().encode(content) : content;

  for (let attempt = 1; ; attempt++) {
    const current =
      attempt === 1 && input.read
        ? input.read.file
        : await readRepoFile(scope.github, scope.repo, input.path, ref);
    const bytes = toBytes(
      typeof input.content === "function" ? input.content(current?.bytes) : input.content,
    );
    if (current && sameBytes(current.bytes, bytes)) {
      scope.log.info(`${input.path}: unchanged`);
      return { status: "unchanged" };
    }
    if (scope.dryRun) {
      scope.log.info(
        `dry run: would ${current ? "update" : "create"} ${input.path} (${bytes.length} bytes): "${input.message}"`,
      );
      return { status: "dry-run", existed: current !== undefined };
    }
    try {
      const { data } = await scope.github.request<{ commit?: { sha?: string; html_url?: string } }>(
        "PUT /repos/{owner}/{repo}/contents/{+path}",
        {
          ...scope.repo,
          path: encodeRepoPath(input.path),
          message: input.message,
          content: Buffer.from(bytes).toString("base64"),
          ...(current ? { sha: current.sha } : {}),
          ...(ref ? { branch: ref } : {}),
        },
      );
      scope.log.info(`${input.path}: committed ${data.commit?.sha?.slice(0, 7) ?? ""}`.trimEnd());
      return {
        status: "committed",
        created: !current,
        commitSha: data.commit?.sha,
        commitUrl: data.commit?.html_url,
      };
    } catch (error) {
      if (!isConflict(error, current !== undefined)) throw error;
      const status = statusOf(error) === 409 ? "409 Conflict" : "422, created meanwhile";
      if (attempt >= 2) {
        throw new Error(
          `${input.path} changed on the branch while this run was writing it, twice (HTTP ${status}): ` +
            "another workflow run or a push is updating it at the same time; re-run this job once it is done " +
            "(the workflow's concurrency group keeps roadmap runs from overlapping)",
        );
      }
      scope.log.info(`${input.path}: the branch moved (${status}), reading it again`);
    }
  }
}
