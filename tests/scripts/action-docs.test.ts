// The README's Action tables come from action/action.yml: rendered here from a fixture
// action.yml, and `npm run docs -- --check` (in .ci/run) fails on a stale README copy.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  DOCS_END,
  DOCS_START,
  renderActionDocs,
  updateActionDocs,
} from "../../scripts/action-docs-render.js";
import { ROOT } from "../helpers/cli.js";

const ACTION_YML = `name: Fixture
inputs:
  command:
    description: >-
      What to run: auto or
      sync | readme.
    required: false
    default: auto
  token:
    description: The token.
    default: \${{ github.token }}
  date:
    description: A day.
    default: ""
  path:
    description: Needed.
    required: true
outputs:
  progress:
    description: Percent done.
`;

const README = `# Fixture\n\nIntro.\n\n${DOCS_START}\nold table\n${DOCS_END}\n\nAfter.\n`;

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("renderActionDocs", () => {
  it("makes one row per input and output, in action.yml's order, one line each", () => {
    expect(renderActionDocs(ACTION_YML)).toBe(
      [
        "<!-- Generated from action/action.yml by `npm run docs`: edit the descriptions there. -->",
        "",
        "| input | default | |",
        "| --- | --- | --- |",
        "| `command` | `auto` | What to run: auto or sync \\| readme. |",
        "| `token` | `${{ github.token }}` | The token. |",
        "| `date` | — | A day. |",
        "| `path` | required | Needed. |",
        "",
        "| output | |",
        "| --- | --- |",
        "| `progress` | Percent done. |",
      ].join("\n"),
    );
  });

  it("replaces only what is between the markers", () => {
    const updated = updateActionDocs(README, ACTION_YML);
    expect(updated.startsWith(`# Fixture\n\nIntro.\n\n${DOCS_START}\n<!-- Generated`)).toBe(true);
    expect(updated.endsWith(`| \`progress\` | Percent done. |\n${DOCS_END}\n\nAfter.\n`)).toBe(true);
    expect(updateActionDocs(updated, ACTION_YML)).toBe(updated);
  });

  it.each([
    ["no markers", "# README\n"],
    ["end before start", `${DOCS_END}\n${DOCS_START}\n`],
    ["two starts", `${DOCS_START}\n${DOCS_START}\nx\n${DOCS_END}\n`],
  ])("refuses a README with %s", (_, readme) => {
    expect(() => updateActionDocs(readme, ACTION_YML)).toThrow(/once each and in that order/);
  });
});

describe("npm run docs", () => {
  const run = (root: string, ...args: string[]) =>
    promisify(execFile)(process.execPath, [
      join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      join(ROOT, "scripts/action-docs.ts"),
      "--root",
      root,
      ...args,
    ]).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it("--check fails on a stale README and passes once it is rewritten", async () => {
    const root = mkdtempSync(join(tmpdir(), "roadmap-docs-"));
    temporary.push(root);
    mkdirSync(join(root, "action"));
    writeFileSync(join(root, "action/action.yml"), ACTION_YML);
    writeFileSync(join(root, "README.md"), README);

    const stale = await run(root, "--check");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/the Action tables are stale .*run `npm run docs`/);
    expect(readFileSync(join(root, "README.md"), "utf8")).toBe(README);

    expect((await run(root)).code).toBe(0);
    expect(readFileSync(join(root, "README.md"), "utf8")).toBe(updateActionDocs(README, ACTION_YML));
    expect(await run(root, "--check")).toMatchObject({ code: 0, stderr: "" });
  }, 30_000);

  it("--check passes on a learner's own README without the tables (their CI stays green)", async () => {
    const root = mkdtempSync(join(tmpdir(), "roadmap-docs-"));
    temporary.push(root);
    mkdirSync(join(root, "action"));
    writeFileSync(join(root, "action/action.yml"), ACTION_YML);
    writeFileSync(join(root, "README.md"), "# My roadmap\n");
    expect(await run(root, "--check")).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(join(root, "README.md"), "utf8")).toBe("# My roadmap\n");
  }, 30_000);

  it("runs in CI", () => {
    expect(readFileSync(join(ROOT, ".ci/run"), "utf8")).toMatch(/^npm run docs -- --check$/m);
  });
});
