// Where study notes live: `notes/<topic-id>/…md`. The folder names the topic unless the
// file's front matter says `topic:`. notes/README.md explains the convention and is no note.

export const NOTES_DIR = "notes";
/** The convention's own explanation, at the root of notes/: not a note about any topic. */
export const NOTES_README = `${NOTES_DIR}/README.md`;

/** File statuses in a pull request's file list whose new content is part of the PR. */
const PRESENT_STATUSES = new Set(["added", "modified", "renamed", "copied", "changed"]);

/** A Markdown file under notes/ (not the convention's README). */
export function isNotesFile(path: string): boolean {
  return (
    path.startsWith(`${NOTES_DIR}/`) &&
    /\.md$/i.test(path) &&
    path.toLowerCase() !== NOTES_README.toLowerCase()
  );
}

/** A pull request file whose content the PR adds or changes (a removed note counts for nothing). */
export function isPresentNotesFile(file: { filename: string; status: string }): boolean {
  return PRESENT_STATUSES.has(file.status) && isNotesFile(file.filename);
}

/**
 * A path with a "." or ".." segment, an empty one or a backslash. Such a name is refused,
 * never normalised: in a Contents API URL "notes/redis/../../x.md" would read another file
 * than the one the pull request lists.
 */
export function isUnsafePath(path: string): boolean {
  return path.includes("\\") || path.split("/").some((part) => part === "" || part === "." || part === "..");
}

/** "notes/redis/caching.md" -> "redis"; a file straight in notes/ has no folder topic. */
export function folderTopicOf(path: string): string | undefined {
  if (isUnsafePath(path)) return undefined;
  const parts = path.split("/");
  return parts.length >= 3 && parts[0] === NOTES_DIR && parts[1] ? parts[1] : undefined;
}

/** The folder a topic's notes go in, as the README links it. */
export function notesFolderOf(topicId: string): string {
  return `${NOTES_DIR}/${topicId}`;
}
