// Every file `roadmap init` writes, as path and text: the learner's repository in one
// list, built without touching the disk (the CLI decides what to write or keep).
import { roadmapJsonSchemaText } from "../model/json-schema.js";
import type { Roadmap } from "../model/schema.js";
import { scaffoldNotesReadme } from "./notes-readme.js";
import { PULL_REQUEST_TEMPLATE } from "./pull-request-template.js";
import { scaffoldReadme } from "./readme.js";
import { roadmapWorkflow } from "./workflow.js";

export const ROADMAP_FILE = "roadmap/roadmap.yml";
export const WORKFLOW_FILE = ".github/workflows/roadmap.yml";

export interface ScaffoldFile {
  /** Relative to the learner's repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface ScaffoldInput {
  /** The roadmap's YAML as it will be on disk, and what it parses to. */
  roadmapYaml: string;
  roadmap: Roadmap;
  /** "owner/repo/action@v1" (see action-ref.ts). */
  action: string;
  /** Where README.md points for the tooling's documentation. */
  toolUrl: string;
}

export function scaffoldFiles(input: ScaffoldInput): ScaffoldFile[] {
  return [
    { path: ROADMAP_FILE, text: input.roadmapYaml },
    // Next to roadmap.yml, as its `$schema=./schema.json` first line expects.
    { path: "roadmap/schema.json", text: roadmapJsonSchemaText() },
    { path: "README.md", text: scaffoldReadme(input.roadmap, { toolUrl: input.toolUrl }) },
    { path: WORKFLOW_FILE, text: roadmapWorkflow(input.action) },
    { path: "notes/README.md", text: scaffoldNotesReadme(input.roadmap) },
    { path: ".github/pull_request_template.md", text: PULL_REQUEST_TEMPLATE },
  ];
}
