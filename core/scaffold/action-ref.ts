// Which published Action a scaffolded workflow uses: "owner/repo/action@vN", from the
// package's own `repository` field and version, so a fork that publishes itself scaffolds
// workflows that use the fork. The major tag is the one release.yml moves on every
// release of that major version, so learners get fixes without editing their workflow.

export interface PackageInfo {
  repository?: string | { url?: string };
  version?: string;
}

/** "https://github.com/o/r.git", "git+https://…", "git@github.com:o/r.git", "github:o/r", "o/r". */
const GITHUB_URL =
  /^(?:git\+)?(?:https?:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/|github:)?([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/;

/** owner/repo of a package.json `repository` field; throws when it is no GitHub repository. */
export function githubRepository(repository: PackageInfo["repository"]): { owner: string; repo: string } {
  const url = typeof repository === "string" ? repository : repository?.url;
  const match = url === undefined ? null : GITHUB_URL.exec(url.trim());
  if (!match) {
    throw new Error(
      `package.json's "repository" must name the GitHub repository that publishes the Action (found ${JSON.stringify(url ?? null)})`,
    );
  }
  return { owner: match[1]!, repo: match[2]! };
}

/** "v1" for 1.4.2: the tag release.yml moves to each new release of that major version. */
export function majorTag(version: string | undefined): string {
  const match = /^(\d+)\.\d+\.\d+/.exec(version ?? "");
  if (!match) throw new Error(`package.json's "version" must be semver such as 1.0.0 (found ${version})`);
  return `v${match[1]}`;
}

/** "roadmap-ops/roadmap-ops/action@v1": what `uses:` says in a learner's workflow. */
export function actionRef(pkg: PackageInfo): string {
  const { owner, repo } = githubRepository(pkg.repository);
  return `${owner}/${repo}/action@${majorTag(pkg.version)}`;
}
