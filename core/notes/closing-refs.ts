// Which issues a pull request body says it finishes. GitHub itself closes an issue named
// after one of its closing keywords (close, closes, closed, fix, fixes, fixed, resolve,
// resolves, resolved) when the PR is merged into the default branch. "Completes #N" reads
// better for a study topic but is no GitHub keyword, so the roadmap closes those itself.
// Only the imperative "Complete #N" / "Completes #N": "completed" is how prose talks about
// the past ("I completed #3 last week"), and a merge must not close #3 for that.
import type { RepoRef } from "../github/client.js";

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

/** Text GitHub does not read as prose: HTML comments (template hints), code blocks, code spans. */
function proseOnly(body: string): string {
  return body
    .replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
    .replace(/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\1[ \t]*$|(?![\s\S]))/gm, " ")
    .replace(/`[^`\n]*`/g, " ");
}

function sameRepo(repo: RepoRef, owner: string, name: string): boolean {
  return owner.toLowerCase() === repo.owner.toLowerCase() && name.toLowerCase() === repo.repo.toLowerCase();
}

export function closingRefs(body: string | null | undefined, repo: RepoRef): ClosingRefs {
  const closes = new Set<number>();
  const completes = new Set<number>();
  for (const match of proseOnly(body ?? "").matchAll(REFERENCE)) {
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
