// The fields of a `pull_request` webhook payload the notes handlers read. The Probot app
// and the Action pass the payload as GitHub sent it; both event and its fields are data.

export interface PullRequestPayload {
  action: string;
  changes?: { body?: unknown; title?: unknown; base?: unknown };
  pull_request: {
    number: number;
    state: string;
    body?: string | null;
    merged?: boolean | null;
    merge_commit_sha?: string | null;
    labels?: { name?: string }[];
    head: { sha: string; repo?: { full_name?: string; fork?: boolean } | null };
    base: { ref: string; sha?: string; repo?: { full_name?: string } | null };
    /** Who opened it: their closing references count only with write access. */
    user?: { login?: string; type?: string } | null;
    author_association?: string;
  };
  repository: { default_branch?: string; html_url?: string };
}

/** The notes label every notes pull request carries (created by GitHub on first use). */
export const NOTES_LABEL = "notes";

export function pullLabels(payload: PullRequestPayload): string[] {
  return (payload.pull_request.labels ?? []).map((label) => label.name ?? "").filter(Boolean);
}

export type NotesPullAction =
  /** opened, reopened, synchronize, or the base branch changed: labels, comment and check. */
  | "check"
  /** The body changed: only the comment can change (its "Merging completes #N" line). */
  | "comment"
  | "merge";

/** What a pull_request event asks of the notes handlers, or why it asks nothing. */
export function notesPullAction(payload: PullRequestPayload): NotesPullAction | { skip: string } {
  const { action, pull_request: pull } = payload;
  if (action === "closed") return pull.merged ? "merge" : { skip: "closed without merging" };
  if (pull.state !== "open") return { skip: `pull request is ${pull.state}` };
  if (action === "opened" || action === "reopened" || action === "synchronize") return "check";
  if (action === "edited") {
    if (payload.changes?.base !== undefined) return "check";
    if (payload.changes?.body !== undefined) return "comment";
    return { skip: "only the title changed" };
  }
  return { skip: `pull_request.${action} does not concern notes` };
}
