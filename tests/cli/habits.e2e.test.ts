// The CLI's habits, through its real dispatcher: --help on every command, --version,
// "did you mean" for a typo, the roadmap as an argument, the roadmap found from a
// subfolder, the repository from the clone's origin, Markdown sent to validate, and
// plan --json's request fields.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../cli/commands/index.js";
import { repoFromRemoteUrl } from "../../cli/repo-name.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { REPO } from "../helpers/github.js";

const SEED = "tests/fixtures/seed-roadmap.yml";
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository folder with roadmap/roadmap.yml (the seed) and a README with the block markers. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-habits-"));
  temporary.push(dir);
  mkdirSync(join(dir, "roadmap"));
  mkdirSync(join(dir, "notes", "deep"), { recursive: true });
  copyFileSync(join(ROOT, SEED), join(dir, "roadmap", "roadmap.yml"));
  return dir;
}

describe("--help and --version", () => {
  it.each(Object.keys(COMMANDS))(
    "roadmap %s --help and -h print its usage and every option",
    async (name) => {
      for (const flag of ["--help", "-h"]) {
        const { code, stdout, stderr } = await runCli([name, flag]);
        expect(code).toBe(0);
        expect(stderr).toBe("");
        expect(stdout).toMatch(new RegExp(`^usage: roadmap ${name}\\b`));
        expect(stdout).toContain("-h, --help");
      }
    },
  );

  it("lists each option a command accepts in its help", async () => {
    const help = async (name: string) => (await runCli([name, "--help"])).stdout;
    expect(await help("import")).toMatch(/--out[\s\S]*--force/);
    expect(await help("validate")).toMatch(/--file[\s\S]*--pool/);
    expect(await help("render")).toMatch(/--readme[\s\S]*--check/);
    expect(await help("plan")).toMatch(/--repo[\s\S]*--json/);
    expect(await help("sync")).toMatch(/--repo[\s\S]*--dry-run/);
    expect(await help("schema")).toMatch(/--write[\s\S]*--check/);
    expect(await help("leetcode-pool")).toMatch(/--from[\s\S]*--difficulty[\s\S]*--out[\s\S]*--write/);
  });

  it("--help wins over a mistake in the other arguments", async () => {
    expect((await runCli(["validate", "--bogus", "--help"])).code).toBe(0);
  });

  it("roadmap --version prints the version from package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `roadmap ${version}\n`, stderr: "" });
    expect((await runCli(["-v"])).stdout).toBe(`roadmap ${version}\n`);
  });
});

describe("a mistyped command", () => {
  it("says which command was meant", async () => {
    const { code, stderr } = await runCli(["valdate"]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe('roadmap: unknown command "valdate" (did you mean "validate"?)');
  });

  it("guesses nothing when nothing is close", async () => {
    const { stderr } = await runCli(["frobnicate"]);
    expect(stderr.split("\n")[0]).toBe('roadmap: unknown command "frobnicate"');
  });
});

describe("finding the roadmap", () => {
  it("takes the roadmap as an argument as well as with --file", async () => {
    const positional = await runCli(["validate", SEED]);
    expect(positional).toEqual({
      code: 0,
      stdout: `${SEED}: valid — 10 sections, 27 topics (25 topics, 1 practice, 1 project)\n`,
      stderr: "",
    });
    expect(await runCli(["validate", "--file", SEED])).toEqual(positional);
  });

  it("finds roadmap/roadmap.yml from a subfolder of the repository", async () => {
    const dir = repository();
    const { code, stdout } = await runCli(["validate"], { cwd: join(dir, "notes", "deep") });
    expect(code).toBe(0);
    expect(stdout).toBe(
      "../../roadmap/roadmap.yml: valid — 10 sections, 27 topics (25 topics, 1 practice, 1 project)\n",
    );
    const start = await runCli(["start"], { cwd: join(dir, "notes") });
    expect(start.code).toBe(0);
    expect(start.stdout.startsWith("../roadmap/roadmap.yml is valid:")).toBe(true);
  });

  it("says to import a Markdown file instead of listing YAML errors", async () => {
    const { code, stdout, stderr } = await runCli(["validate", "tests/fixtures/seed-roadmap.md"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "tests/fixtures/seed-roadmap.md is Markdown, not a roadmap YAML file: convert it with `roadmap import tests/fixtures/seed-roadmap.md --out roadmap/roadmap.yml`, then validate that\n",
    );
  });
});

describe("the repository plan and sync talk to", () => {
  it.each([
    ["git@github.com:octo-learner/roadmap.git", "octo-learner/roadmap"],
    ["https://github.com/octo-learner/roadmap", "octo-learner/roadmap"],
    ["https://github.com/octo-learner/roadmap.git/", "octo-learner/roadmap"],
    ["ssh://git@github.com/octo-learner/roadmap.git", "octo-learner/roadmap"],
    ["https://ghe.example.com/team/roadmap.git", "team/roadmap"],
  ])("reads %s as %s", (url, name) => {
    expect(repoFromRemoteUrl(url)).toBe(name);
  });

  it("is not guessed from a remote without owner and name", () => {
    expect(repoFromRemoteUrl("/srv/git/roadmap.git")).toBeUndefined();
    expect(repoFromRemoteUrl("https://github.com/")).toBeUndefined();
  });

  it("comes from git remote get-url origin when neither --repo nor GITHUB_REPOSITORY is set", async () => {
    const github = new FakeGitHub();
    github.intercept();
    const { code, stdout } = await runCli(["plan", SEED], {
      env: { GITHUB_TOKEN: "test-token" },
      octokit: { retries: 0 },
      gitOriginUrl: `git@github.com:${REPO.owner}/${REPO.repo}.git`,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^octo-learner\/roadmap: creates \d+ labels, creates 37 issues, adds 27 sub-issues\n/,
    );
  });

  it("is a usage error when there is no origin either", async () => {
    const { code, stderr } = await runCli(["plan", SEED], { env: { GITHUB_TOKEN: "test-token" } });
    expect(code).toBe(2);
    expect(stderr).toContain("or run inside a clone whose origin is the GitHub repository");
  });
});

describe("roadmap plan --json", () => {
  it("gives each request's method, path and body as fields", async () => {
    new FakeGitHub().intercept();
    const { code, stdout } = await runCli(["plan", SEED, "--json"], {
      env: { GITHUB_TOKEN: "test-token", GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}` },
      octokit: { retries: 0 },
    });
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as {
      operations: { kind: string; method: string; path: string; body: Record<string, unknown> | null }[];
    };
    const label = plan.operations[0]!;
    expect(label.method).toBe("POST");
    expect(label.path).toBe("/repos/octo-learner/roadmap/labels");
    expect(label.body).toMatchObject({ name: expect.any(String), color: expect.any(String) });
    const issue = plan.operations.find((op) => op.kind === "create-issue" && op.body?.title === "Redis");
    expect(issue).toMatchObject({ method: "POST", path: "/repos/octo-learner/roadmap/issues" });
    expect(String(issue!.body!.body)).toContain("caching");
  });
});

describe("roadmap validate and slips", () => {
  it("prints a slip as a warning with file, line and column, and still passes", async () => {
    const { code, stdout, stderr } = await runCli(["validate", "tests/fixtures/slips/hashtag.yml"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^tests\/fixtures\/slips\/hashtag\.yml: valid — /);
    expect(stderr).toMatch(
      /^tests\/fixtures\/slips\/hashtag\.yml:43:23: warning: " #" starts a YAML comment/,
    );
  });

  it("inside GitHub Actions the slip is also a warning annotation", async () => {
    const { stdout } = await runCli(["validate", "tests/fixtures/slips/joined-item.yml"], {
      env: { GITHUB_ACTIONS: "true" },
    });
    expect(stdout).toMatch(
      /^::warning file=tests\/fixtures\/slips\/joined-item\.yml,line=43,col=15,title=Roadmap slip::/,
    );
  });
});

describe("roadmap validate and the practice pool", () => {
  it("fails a practice difficulty the pool cannot serve, with file, line and column", async () => {
    const { code, stderr } = await runCli([
      "validate",
      "tests/fixtures/pools/practice-easy.yml",
      "--pool",
      "tests/fixtures/pools/medium-only.yml",
    ]);
    expect(code).toBe(1);
    expect(stderr.split("\n")[0]).toBe(
      "tests/fixtures/pools/practice-easy.yml:19:49: practice.difficulty easy cannot be served: the problem pool tests/fixtures/pools/medium-only.yml has only medium problems; rebuild it with `roadmap leetcode-pool --difficulty easy --write`, or choose medium",
    );
  });

  it("reads leetcode.yml beside the roadmap by default", async () => {
    const dir = repository();
    copyFileSync(join(ROOT, "tests/fixtures/pools/practice-easy.yml"), join(dir, "roadmap", "roadmap.yml"));
    copyFileSync(join(ROOT, "tests/fixtures/pools/medium-only.yml"), join(dir, "roadmap", "leetcode.yml"));
    const { code, stderr } = await runCli(["validate"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain(
      "roadmap/roadmap.yml:19:49: practice.difficulty easy cannot be served: the problem pool roadmap/leetcode.yml",
    );
  });
});
