// The origin lookup against a real (local, offline) git clone: what plan and sync use when
// neither --repo nor GITHUB_REPOSITORY names the repository.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gitOriginUrl, repositoryName } from "../../cli/repo-name.js";
import { fakeCli } from "../helpers/cli.js";

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function clone(origin?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-origin-"));
  temporary.push(dir);
  execFileSync("git", ["init", "-q"], { cwd: dir });
  if (origin) execFileSync("git", ["remote", "add", "origin", origin], { cwd: dir });
  mkdirSync(join(dir, "notes"));
  return dir;
}

describe("gitOriginUrl", () => {
  it("reads the origin of the clone, from a subfolder too", async () => {
    const dir = clone("https://github.com/octo-learner/roadmap.git");
    expect(await gitOriginUrl(join(dir, "notes"))).toBe("https://github.com/octo-learner/roadmap.git");
  });

  it("is undefined without an origin", async () => {
    expect(await gitOriginUrl(clone())).toBeUndefined();
  });
});

describe("repositoryName", () => {
  it("prefers --repo, then GITHUB_REPOSITORY, then the origin", async () => {
    const { io } = fakeCli({
      env: { GITHUB_REPOSITORY: "env/repo" },
      gitOriginUrl: "git@github.com:origin/repo.git",
    });
    expect(await repositoryName(io, "flag/repo")).toBe("flag/repo");
    expect(await repositoryName(io, undefined)).toBe("env/repo");
    const { io: bare } = fakeCli({ gitOriginUrl: "git@github.com:origin/repo.git" });
    expect(await repositoryName(bare, undefined)).toBe("origin/repo");
  });
});
