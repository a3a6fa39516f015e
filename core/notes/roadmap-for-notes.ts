// The roadmap notes are checked against. Normally the base branch's: the head may be a
// fork, and its roadmap is not what the repository runs on. When the pull request itself
// changes the roadmap (adds the topic its notes are for), the head's roadmap is read as
// data, and the base's when the head's is not valid.
import type { GitHubClient, RepoRef } from "../github/client.js";
import type { Roadmap } from "../model/schema.js";
import { readRemoteRoadmap } from "../validate/read-from-github.js";
import type { PullFile } from "./read-notes.js";

export type NotesRoadmap =
  | {
      state: "ok";
      roadmap: Roadmap;
      ref: string;
      /**
       * The base branch's roadmap, where repository labels may come from: a pull request's
       * own roadmap (a fork's) is read to place its notes, but never creates a label that
       * stays on the repository. Undefined when the base has no valid roadmap.
       */
      labelsFrom?: Roadmap;
    }
  | { state: "missing" }
  | { state: "invalid"; reason: string };

export async function readNotesRoadmap(
  github: GitHubClient,
  repo: RepoRef,
  roadmapPath: string,
  refs: { base: string; head?: string },
  files: readonly PullFile[] = [],
): Promise<NotesRoadmap> {
  const changedHere = files.some((file) => file.filename === roadmapPath && file.status !== "removed");
  if (refs.head && changedHere) {
    const head = await readRemoteRoadmap(github, repo, roadmapPath, refs.head);
    if (head.found && head.result.ok) {
      const base = await readRemoteRoadmap(github, repo, roadmapPath, refs.base);
      const labelsFrom = base.found && base.result.ok ? base.result.roadmap : undefined;
      return {
        state: "ok",
        roadmap: head.result.roadmap,
        ref: refs.head,
        ...(labelsFrom ? { labelsFrom } : {}),
      };
    }
  }
  const base = await readRemoteRoadmap(github, repo, roadmapPath, refs.base);
  if (!base.found) return { state: "missing" };
  if (!base.result.ok) {
    return {
      state: "invalid",
      reason: `${roadmapPath} on ${refs.base} is not valid (see the "roadmap plan" check)`,
    };
  }
  return { state: "ok", roadmap: base.result.roadmap, ref: refs.base, labelsFrom: base.result.roadmap };
}
