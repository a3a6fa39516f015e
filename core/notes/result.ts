// What the notes handlers report back to their adapter.
import type { Operation } from "../github/plan/operation.js";
import type { NotesAnalysis } from "./analyze.js";
import type { NotesCheck } from "./notes-check.js";

/** Where the roadmap file is, when not at roadmap/roadmap.yml. */
export interface NotesOptions {
  roadmapPath?: string;
}

export interface NotesResult {
  /** Why nothing was done, when nothing was. */
  skipped?: string;
  analysis?: NotesAnalysis;
  check?: NotesCheck;
  /** The writes made (or, in a dry run, printed), check runs aside. */
  operations: Operation[];
}
