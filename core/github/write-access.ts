// Who may steer the roadmap from GitHub's side: a hidden marker in a comment, a closing
// reference in a pull request body. On a public repository anyone can write either, so they
// count only from this project's own identity or from someone with write access, which
// GitHub answers at GET /repos/{owner}/{repo}/collaborators/{username}/permission. Asked
// once per user per run (one Trust per run or delivery), remembered for the rest of it.
import type { GitHubClient, RepoRef } from "./client.js";
import { isNotFound, statusOf } from "./errors.js";

/** The login GITHUB_TOKEN writes as: the Action's own identity. */
export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

/**
 * REST author_association values that may come with write access; anything else never does.
 * OWNER (the repository's owner, or an owner of its organization) always has admin, so is
 * not asked about; a member or collaborator may have only read or triage, so is.
 */
const MAYBE_WRITERS = new Set(["MEMBER", "COLLABORATOR"]);
/** The `permission` field of the answer: "maintain" is reported as "write", "triage" as "read". */
const WRITE_PERMISSIONS = new Set(["admin", "write"]);

export interface Author {
  login?: string | null;
  type?: string | null;
  association?: string | null;
}

export interface Trust {
  /** True when the text was written by this project itself or by someone who can write to the repository. */
  trusts(author: Author): Promise<boolean>;
}

/**
 * `self`: the logins that are this project (the App's "<slug>[bot]", or github-actions[bot]
 * for the Action); a function so the App can look its slug up only when a bot's comment
 * needs it. Any other bot counts for nothing, whatever it wrote.
 */
export function repoTrust(
  github: GitHubClient,
  repo: RepoRef,
  self: () => Promise<readonly string[]> | readonly string[],
): Trust {
  const writers = new Map<string, Promise<boolean>>();

  async function canWrite(login: string): Promise<boolean> {
    try {
      const { data } = await github.request<{ permission?: string }>(
        "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
        { ...repo, username: login },
      );
      return WRITE_PERMISSIONS.has(data.permission ?? "");
    } catch (error) {
      // Not a collaborator (404), or the token may not ask (403): no write access shown.
      if (isNotFound(error) || statusOf(error) === 403) return false;
      throw error;
    }
  }

  return {
    async trusts(author) {
      const login = author.login ?? "";
      if (!login) return false;
      if (author.type === "Bot") {
        const mine = await self();
        return mine.some((name) => name.toLowerCase() === login.toLowerCase());
      }
      if (author.association === "OWNER") return true;
      if (!MAYBE_WRITERS.has(author.association ?? "")) return false;
      const key = login.toLowerCase();
      let answer = writers.get(key);
      if (!answer) {
        answer = canWrite(login);
        writers.set(key, answer);
        answer.catch(() => writers.delete(key));
      }
      return answer;
    },
  };
}

/** The trust of a caller that names none (the CLI, a test): the Action's identity. */
export function defaultTrust(github: GitHubClient, repo: RepoRef): Trust {
  return repoTrust(github, repo, () => [ACTIONS_BOT_LOGIN]);
}
