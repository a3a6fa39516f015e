// Reading a pull request's notes as data: the file list, then each notes file's text at a
// given commit through the Contents API. Nothing from the pull request runs; a fork's head
// commit is readable from the base repository by its sha.
import type { GitHubClient, RepoRef } from "../github/client.js";
import { readContents } from "../github/contents.js";
import type { NotesFileInput } from "./analyze.js";
import { isPresentNotesFile, isUnsafePath } from "../model/notes-paths.js";

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/** Front matter is read for at most this many files per event; more are mapped by folder. */
export const MAX_NOTES_READS = 100;

/** GitHub lists at most 3,000 files of a pull request, 100 per page. */
export async function listPullFiles(
  github: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
): Promise<PullFile[]> {
  const files = await github.paginate<PullFile>("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return files.map(({ filename, status, previous_filename }) => ({
    filename,
    status,
    ...(previous_filename ? { previous_filename } : {}),
  }));
}

/** The notes files a pull request adds or changes (removed ones count for nothing). */
export function notesFilesOf(files: readonly PullFile[]): string[] {
  return files.filter(isPresentNotesFile).map((file) => file.filename);
}

async function readNotesFile(
  github: GitHubClient,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<NotesFileInput> {
  const read = await readContents(github, repo, path, ref);
  switch (read.state) {
    case "file":
      return { path, text: new TextDecoder("utf-8").decode(read.file.bytes) };
    case "missing":
      return { path, unreadable: "not found at this commit" };
    case "not-a-file":
      return { path, unreadable: "not a regular file" };
    case "too-large":
      return { path, unreadable: "larger than 1 MB" };
  }
}

/** Each file's text at `ref`, one request per file, serially (GitHub asks integrations not to burst). */
export async function readNotesFiles(
  github: GitHubClient,
  repo: RepoRef,
  paths: readonly string[],
  ref: string,
): Promise<NotesFileInput[]> {
  const inputs: NotesFileInput[] = [];
  for (const [index, path] of paths.entries()) {
    if (isUnsafePath(path)) {
      inputs.push({ path, unreadable: 'its path has a "." or ".." segment: refused, not read' });
      continue;
    }
    inputs.push(
      index < MAX_NOTES_READS
        ? await readNotesFile(github, repo, path, ref)
        : { path, unreadable: `only the first ${MAX_NOTES_READS} notes files of a pull request are read` },
    );
  }
  return inputs;
}
