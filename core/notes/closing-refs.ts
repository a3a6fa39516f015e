// Which issues a pull request body says it finishes. GitHub itself closes an issue named
// after one of its closing keywords (close, closes, closed, fix, fixes, fixed, resolve,
// resolves, resolved) when the PR is merged into the default branch. "Completes #N" reads
// better for a study topic but is no GitHub keyword, so the roadmap closes those itself.
// Only the imperative "Complete #N" / "Completes #N": "completed" is how prose talks about
// the past ("I completed #3 last week"), and a merge must not close #3 for that.
// Only rendered prose counts (core/text/rendered-text.ts: not code, HTML, comments or link
// definitions, where an outsider could hide "Completes #3" from the reviewer), and only in a
// pull request by someone who can write to the repository (`authorClosingRefs`).
import type { RepoRef } from "../github/client.js";
import type { RepoScope } from "../github/scope.js";
import { trustOf } from "../github/scope.js";
import { renderedText } from "../text/rendered-text.js";

export interface ClosingRefs {
  /** Issues named after a GitHub closing keyword: GitHub closes them on merge. */
  closes: number[];
  /** Issues named after "Complete" or "Completes": the roadmap closes them on merge. */
  completes: number[];
}

const GITHUB_KEYWORDS = /^(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)$/i;

// KEYWORD #N, KEYWORD owner/repo#N, KEYWORD https://host/owner/repo/issues/N (an optional colon after the keyword).
const REFERENCE =
  /\b(close[sd]?|fix(?:e[sd])?|resolve[sd]?|completes?):?[ \t]+(?:#(\d+)|([\w.-]+)\/([\w.-]+)#(\d+)|https?:\/\/[^\s/]+\/([\w.-]+)\/([\w.-]+)\/issues\/(\d+))\b/gi;

function sameRepo(repo: RepoRef, owner: string, name: string): boolean {
  return owner.toLowerCase() === repo.owner.toLowerCase() && name.toLowerCase() === repo.repo.toLowerCase();
}

export function closingRefs(body: string | null | undefined, repo: RepoRef): ClosingRefs {
  const closes = new Set<number>();
  const completes = new Set<number>();
  for (const match of renderedText(body ?? "").matchAll(REFERENCE)) {
    const [, keyword, local, owner, name, remote, urlOwner, urlName, urlNumber] = match;
    let number: number | undefined;
    if (local) number = Number(local);
    else if (remote && sameRepo(repo, owner!, name!)) number = Number(remote);
    else if (urlNumber && sameRepo(repo, urlOwner!, urlName!)) number = Number(urlNumber);
    if (number === undefined) continue;
    (GITHUB_KEYWORDS.test(keyword!) ? closes : completes).add(number);
  }
  return { closes: [...closes], completes: [...completes].filter((n) => !closes.has(n)) };
}

const NONE: ClosingRefs = { closes: [], completes: [] };

/** The pull request's author, as the payload names them. */
export interface PullAuthor {
  user?: { login?: string; type?: string } | null;
  author_association?: string;
}

/**
 * The closing references of a body written by `author`, or none when the author cannot
 * write to the repository: an outsider's PR, merged for its notes, closes nothing the
 * reviewer did not see named by someone trusted. The author is looked up only when the body
 * names an issue at all.
 */
export async function authorClosingRefs(
  scope: Pick<RepoScope, "github" | "repo" | "trust">,
  body: string | null | undefined,
  author: PullAuthor,
): Promise<ClosingRefs> {
  const refs = closingRefs(body, scope.repo);
  if (refs.closes.length === 0 && refs.completes.length === 0) return refs;
  const trusted = await trustOf(scope).trusts({
    login: author.user?.login ?? null,
    type: author.user?.type ?? null,
    association: author.author_association ?? null,
  });
  return trusted ? refs : NONE;
}
