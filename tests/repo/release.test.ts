// The release files: the licence package.json names, a changelog the release workflow can
// read, and workflows that follow the project's rules (least privilege per job, actions
// pinned by SHA, no event text spliced into shell lines).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { majorTag } from "../../core/scaffold/action-ref.js";
import { majorTagOf, releaseNotes } from "../../scripts/release-notes-render.js";
import { ROOT } from "../helpers/cli.js";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const pkg = JSON.parse(read("package.json")) as { version: string; license: string };

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, { permissions?: Record<string, string>; "timeout-minutes"?: number; steps: Step[] }>;
}
const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;
const workflows = readdirSync(join(ROOT, ".github/workflows")).filter((name) => name.endsWith(".yml"));

describe("LICENSE and CHANGELOG.md", () => {
  it("license the project under MIT, as package.json says", () => {
    expect(pkg.license).toBe("MIT");
    expect(read("LICENSE")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it("keep a changelog with an Unreleased section and one for package.json's version", () => {
    const changelog = read("CHANGELOG.md");
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(changelog).toMatch(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, "\\.")}\\] - \\d{4}-\\d{2}-\\d{2}$`, "m"),
    );
    expect(releaseNotes(changelog, pkg.version)).toMatch(/^### Added\n/);
  });
});

describe("release.yml", () => {
  const release = workflow("release.yml");
  const steps = release.jobs.release!.steps;
  const runs = steps.map((step) => step.run ?? "").join("\n");

  it("runs on version tags with one job that may only write contents", () => {
    expect(release.on).toEqual({ push: { tags: ["v*.*.*"] } });
    expect(release.permissions).toEqual({});
    expect(Object.keys(release.jobs)).toEqual(["release"]);
    expect(release.jobs.release!.permissions).toEqual({ contents: "write" });
    expect(release.jobs.release!["timeout-minutes"]).toBeGreaterThan(0);
  });

  it("checks the tag, the tests and the bundle before it publishes", () => {
    const order = [
      "scripts/release-notes.ts",
      ".ci/run",
      "npm run build",
      "git diff --exit-code",
      "gh release create",
      "git/refs",
    ];
    const positions = order.map((needle) => runs.indexOf(needle));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(runs).toContain('--notes-file "$RUNNER_TEMP/notes.md"');
  });

  it("moves the major tag the scaffolded workflows use", () => {
    expect(runs).toMatch(/--major/);
    expect(majorTagOf(pkg.version)).toBe(majorTag(pkg.version));
  });
});

describe.each(workflows)("%s", (name) => {
  const parsed = workflow(name);
  const steps = Object.values(parsed.jobs).flatMap((job) => job.steps);
  const ciShas = new Set(
    [...read(".github/workflows/ci.yml").matchAll(/uses: ([^@\s]+@[0-9a-f]{40})/g)].map((m) => m[1]),
  );

  it("pins every third-party action by a full commit SHA (the ones ci.yml uses)", () => {
    for (const step of steps.filter((step) => step.uses && !step.uses.startsWith("./"))) {
      expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
      expect(ciShas).toContain(step.uses);
    }
  });

  it("keeps ${{ }} expressions out of run: lines (they go through env)", () => {
    for (const step of steps) expect(step.run ?? "").not.toContain("${{");
  });

  it("grants nothing at the top level beyond reading, and gives every job a timeout", () => {
    const top = parsed.permissions;
    expect(top === undefined ? "missing" : JSON.stringify(top)).toMatch(/^(\{\}|\{"contents":"read"\})$/);
    for (const job of Object.values(parsed.jobs)) expect(job["timeout-minutes"]).toBeGreaterThan(0);
  });
});
