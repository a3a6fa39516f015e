// Which repository plan and sync talk to: --repo, else GITHUB_REPOSITORY, else the
// GitHub repository of the clone's `origin` remote (what `git remote get-url origin` says).
import { execFile } from "node:child_process";
import type { CliIO } from "./io.js";
import { UsageError } from "./io.js";

/** "git@github.com:owner/name.git", "https://github.com/owner/name", "ssh://git@host/owner/name.git" -> owner/name. */
export function repoFromRemoteUrl(url: string): string | undefined {
  let path = url.trim();
  const scheme = path.indexOf("://");
  if (scheme >= 0) {
    const slash = path.indexOf("/", scheme + 3);
    if (slash < 0) return undefined;
    path = path.slice(slash + 1);
  } else {
    // scp-like syntax: user@host:owner/name.git
    const colon = path.indexOf(":");
    if (colon < 0) return undefined;
    path = path.slice(colon + 1);
  }
  if (path.endsWith("/")) path = path.slice(0, -1);
  if (path.endsWith(".git")) path = path.slice(0, -4);
  const parts = path.split("/").filter((part) => part !== "");
  if (parts.length < 2) return undefined;
  return `${parts[parts.length - 2]}/${parts[parts.length - 1]}`;
}

/** `git remote get-url origin` in `cwd`; undefined when git, the clone or the remote is missing. */
export function gitOriginUrl(cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile("git", ["remote", "get-url", "origin"], { cwd, timeout: 5000 }, (error, stdout) => {
      resolve(error ? undefined : stdout.trim() || undefined);
    });
  });
}

export async function repositoryName(io: CliIO, repoOption: string | undefined): Promise<string> {
  const named = repoOption ?? io.env.GITHUB_REPOSITORY;
  if (named) return named;
  const url = await (io.gitOriginUrl ?? gitOriginUrl)(io.cwd);
  const fromRemote = url === undefined ? undefined : repoFromRemoteUrl(url);
  if (fromRemote) return fromRemote;
  throw new UsageError(
    "name the repository with --repo owner/name or GITHUB_REPOSITORY (or run inside a clone whose origin is the GitHub repository)",
  );
}
