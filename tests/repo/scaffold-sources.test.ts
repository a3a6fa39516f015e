// The files `roadmap init` writes are this repository's own, kept in one place each: the
// scaffolded workflow is the one this repository runs (with the published Action instead
// of ./action), and the pull request template is the same text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PULL_REQUEST_TEMPLATE } from "../../core/scaffold/pull-request-template.js";
import { roadmapWorkflow } from "../../core/scaffold/workflow.js";
import { ROOT } from "../helpers/cli.js";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

describe("scaffold sources", () => {
  it("scaffolds the workflow this repository runs, with the published Action", () => {
    expect(roadmapWorkflow("./action")).toBe(read(".github/workflows/roadmap.yml"));
  });

  it("scaffolds this repository's pull request template", () => {
    expect(PULL_REQUEST_TEMPLATE).toBe(read(".github/pull_request_template.md"));
  });
});
