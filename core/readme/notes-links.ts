// Which topics have notes, for the README: a topic whose folder notes/<topic-id>/ exists on
// the default branch gets a "notes" link in its row. One request: the Contents API lists
// the notes/ directory (up to 1,000 entries, far more than a roadmap has topics).
import type { GitHubClient, RepoRef } from "../github/client.js";
import { isNotFound } from "../github/errors.js";
import type { ProgressSnapshot } from "../model/progress.js";
import { allTopics } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";
import { NOTES_DIR, notesFolderOf } from "../model/notes-paths.js";

interface ContentsEntry {
  name: string;
  type: string;
}

/** Names of the folders in notes/ (none when notes/ does not exist). */
export async function readNotesFolders(github: GitHubClient, repo: RepoRef, ref?: string): Promise<string[]> {
  try {
    const { data } = await github.request<ContentsEntry[] | ContentsEntry>(
      "GET /repos/{owner}/{repo}/contents/{+path}",
      {
        ...repo,
        path: NOTES_DIR,
        ...(ref ? { ref } : {}),
      },
    );
    return Array.isArray(data) ? data.filter((entry) => entry.type === "dir").map((entry) => entry.name) : [];
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

/** Topic id -> its notes folder, for each topic of the roadmap that has one. Pure. */
export function topicsWithNotes(roadmap: Roadmap, folders: readonly string[]): Record<string, string> {
  const present = new Set(folders);
  const paths: Record<string, string> = {};
  for (const { topic } of allTopics(roadmap)) {
    if (present.has(topic.id)) paths[topic.id] = notesFolderOf(topic.id);
  }
  return paths;
}

/** The snapshot with `notesPath` set for every topic that has notes (a new object; the input is unchanged). */
export function withNotesPaths(
  progress: ProgressSnapshot,
  notesPaths: Readonly<Record<string, string>>,
): ProgressSnapshot {
  const topics = Object.fromEntries(
    Object.entries(progress.topics).map(([id, state]) => {
      const { notesPath: _old, ...rest } = state;
      return [id, notesPaths[id] ? { ...rest, notesPath: notesPaths[id] } : rest];
    }),
  );
  return { ...progress, topics };
}

/** Reads notes/ and fills notesPath into `progress`: what the README command calls. */
export async function addNotesPaths(
  github: GitHubClient,
  repo: RepoRef,
  roadmap: Roadmap,
  progress: ProgressSnapshot,
  ref?: string,
): Promise<ProgressSnapshot> {
  return withNotesPaths(progress, topicsWithNotes(roadmap, await readNotesFolders(github, repo, ref)));
}
