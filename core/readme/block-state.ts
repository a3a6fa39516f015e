// What the Action knew when it drew the README block (each topic's status, ticks, issue
// and notes link, the streaks, where the chart is), kept in the block as one hidden line.
// An offline `roadmap render` reads it back and redraws only what the roadmap changed, so
// it never turns a learner's live progress back into "todo" and drops their links.
//
// The line is an HTML comment holding JSON with every "-" written as \u002d: the comment
// cannot be ended early ("-->") by anything inside it, and JSON.parse reads it back as is.
import type { ProgressSnapshot, TopicProgress } from "../model/progress.js";
import { STATUSES } from "../model/progress.js";

const PREFIX = "<!-- roadmap:state ";
const SUFFIX = " -->";
/** A state line larger than this is not ours (or not worth reading): it is ignored. */
const MAX_STATE_LENGTH = 2_000_000;

/** Where the block's links point, and what progress over time was drawn from. */
export interface BlockLinks {
  repoUrl?: string;
  chartPath?: string;
  /** YYYY-MM-DD: the day the Action drew the block (pace and reviews are as of this day). */
  today?: string;
  /** Topic id -> YYYY-MM-DD it was closed as done, in the learner's time zone. */
  closedDays?: Record<string, string>;
}

export interface BlockState {
  progress: ProgressSnapshot;
  options: BlockLinks;
}

interface StoredState {
  v: 1;
  repoUrl?: string;
  chartPath?: string;
  today?: string;
  closed?: Record<string, string>;
  topics: Record<
    string,
    [status: string, checked: number, issueUrl?: string | null, notesPath?: string | null]
  >;
  practice?: { solved: number; currentStreak: number; longestStreak: number };
}

export function encodeBlockState(progress: ProgressSnapshot, options: BlockLinks): string {
  const stored: StoredState = {
    v: 1,
    ...(options.repoUrl ? { repoUrl: options.repoUrl } : {}),
    ...(options.chartPath ? { chartPath: options.chartPath } : {}),
    ...(options.today ? { today: options.today } : {}),
    ...(options.closedDays && Object.keys(options.closedDays).length ? { closed: options.closedDays } : {}),
    topics: Object.fromEntries(
      Object.entries(progress.topics).map(([id, topic]) => [
        id,
        topic.notesPath
          ? [topic.status, topic.checked, topic.issueUrl ?? null, topic.notesPath]
          : topic.issueUrl
            ? [topic.status, topic.checked, topic.issueUrl]
            : [topic.status, topic.checked],
      ]),
    ),
    ...(progress.practice ? { practice: progress.practice } : {}),
  };
  return `${PREFIX}${JSON.stringify(stored).replace(/-/g, "\\u002d")}${SUFFIX}`;
}

function isStatus(value: unknown): value is TopicProgress["status"] {
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function count(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0;
}

/**
 * The state a README's block holds, or undefined when it has none (a block rendered
 * offline, by hand, or before this line existed). Anything malformed reads as none.
 */
export function readBlockState(readme: string): BlockState | undefined {
  const start = readme.indexOf(PREFIX);
  if (start === -1) return undefined;
  const end = readme.indexOf(SUFFIX, start + PREFIX.length);
  if (end === -1 || end - start > MAX_STATE_LENGTH) return undefined;
  let stored: Partial<StoredState>;
  try {
    stored = JSON.parse(readme.slice(start + PREFIX.length, end)) as Partial<StoredState>;
  } catch {
    return undefined;
  }
  if (stored?.v !== 1 || typeof stored.topics !== "object" || stored.topics === null) return undefined;
  const topics: Record<string, TopicProgress> = {};
  for (const [id, entry] of Object.entries(stored.topics)) {
    if (!Array.isArray(entry) || !isStatus(entry[0])) continue;
    const issueUrl = text(entry[2]);
    const notesPath = text(entry[3]);
    topics[id] = {
      status: entry[0],
      checked: count(entry[1]),
      total: 0,
      ...(issueUrl ? { issueUrl } : {}),
      ...(notesPath ? { notesPath } : {}),
    };
  }
  const practice = stored.practice;
  const repoUrl = text(stored.repoUrl);
  const chartPath = text(stored.chartPath);
  const today = text(stored.today);
  const closedDays = Object.fromEntries(
    Object.entries(typeof stored.closed === "object" && stored.closed ? stored.closed : {}).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && /^\d{4}-\d{2}-\d{2}$/.test(entry[1]),
    ),
  );
  return {
    progress: {
      topics,
      ...(practice
        ? {
            practice: {
              solved: count(practice.solved),
              currentStreak: count(practice.currentStreak),
              longestStreak: count(practice.longestStreak),
            },
          }
        : {}),
    },
    options: {
      ...(repoUrl ? { repoUrl } : {}),
      ...(chartPath ? { chartPath } : {}),
      ...(today ? { today } : {}),
      ...(Object.keys(closedDays).length ? { closedDays } : {}),
    },
  };
}

/**
 * The live progress carried over onto the roadmap as it is now: topics it still has keep
 * their status, ticks (never more than their checklist has now) and links; new topics
 * start as todo; topics it no longer has are left out.
 */
export function carryOver(offline: ProgressSnapshot, saved: ProgressSnapshot): ProgressSnapshot {
  const topics: Record<string, TopicProgress> = {};
  for (const [id, fresh] of Object.entries(offline.topics)) {
    const kept = saved.topics[id];
    topics[id] = kept ? { ...kept, total: fresh.total, checked: Math.min(kept.checked, fresh.total) } : fresh;
  }
  return { topics, ...(saved.practice ? { practice: saved.practice } : {}) };
}
