// Where the README block is written: the progress block and roadmap/progress.svg from the
// topic issues and the daily comments, each committed through the Contents API only when
// its bytes change. An unchanged repository costs the notes folder read and two file
// reads, no write (the topic issues and daily history are the caller's, read once a run).
import { posix } from "node:path";
import { commitFile } from "../github/commit-file.js";
import { readRepoFile } from "../github/contents.js";
import type { RepoScope } from "../github/scope.js";
import { progressFromSnapshot, withPractice } from "../issues/progress-from-issues.js";
import { closedOn, dueReviews } from "../issues/reviews.js";
import { groupByTopic } from "../issues/topic-issues.js";
import type { ProgressSnapshot } from "../model/progress.js";
import { paceOf } from "./pace.js";
import { percentDone, sectionTallies, totalTally } from "../issues/tally.js";
import type { TopicIssue } from "../issues/topic-issues.js";
import { allTopics, practiceTopic } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";
import { practiceStreaks } from "../practice/streaks.js";
import { addNotesPaths } from "./notes-links.js";
import { renderProgressSvg } from "./progress-chart.js";
import { renderProgressBlock } from "./progress-block.js";
import { renderHeader } from "./header.js";
import { replaceBlock, replaceHeader } from "./readme-region.js";

export const COMMIT_MESSAGE = "docs(roadmap): update progress [skip ci]";

/** Keeps a byte order mark, so bytes outside the markers come back exactly as they were. */
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The chart sits next to the roadmap file: roadmap/progress.svg. */
export function chartPathOf(roadmapPath: string): string {
  return posix.join(posix.dirname(roadmapPath), "progress.svg");
}

export interface ReadmeInput {
  roadmap: Roadmap;
  roadmapPath: string;
  readmePath: string;
  /** "https://github.com/owner/repo": links in the block. */
  repoUrl: string;
  /** Every topic issue (the caller's read). */
  issues: readonly TopicIssue[];
  /** The daily entries on the practice issue; only read when the roadmap has a practice topic. */
  dailyHistory: () => Promise<readonly { date: string; solved: boolean }[]>;
  /** YYYY-MM-DD: streaks are counted up to this day. */
  today: string;
  /** IANA time zone of `today`: the day an issue was closed is taken in it (default UTC). */
  timeZone?: string;
}

export interface ReadmeResult {
  /** Percent of the (not dropped) topics done. */
  progress: number;
  /** The README's block changed (or would, in a dry run). */
  changed: boolean;
  /** The block as rendered: the job summary shows it. */
  block: string;
}

/** Each done topic's closing day, in the learner's time zone. */
function closedDaysOf(
  roadmap: Roadmap,
  progress: ProgressSnapshot,
  issues: readonly TopicIssue[],
  timeZone?: string,
): Record<string, string> {
  const leads = groupByTopic(issues);
  const days: Record<string, string> = {};
  for (const { topic } of allTopics(roadmap)) {
    const lead = leads.get(topic.id)?.lead;
    const day = lead && progress.topics[topic.id]?.status === "done" ? closedOn(lead, timeZone) : undefined;
    if (day) days[topic.id] = day;
  }
  return days;
}

function withFile(path: string, error: unknown): Error {
  return Object.assign(error as Error, { message: `${path}: ${(error as Error).message}` });
}

export async function updateReadme(scope: RepoScope, input: ReadmeInput): Promise<ReadmeResult> {
  const { roadmap } = input;
  const chartPath = chartPathOf(input.roadmapPath);
  const read = (path: string) => readRepoFile(scope.github, scope.repo, path).then((file) => ({ file }));
  // The four reads, two at a time (GitHub advises against many concurrent requests; two is
  // well within it): 2 round trips instead of 4. Rows link their notes folder once
  // notes/<topic-id>/ exists on the default branch (the checkout may be a pull request's
  // merge ref, not what the README describes).
  const issues = { issues: [...input.issues] };
  const [withNotes, chartNow] = await Promise.all([
    addNotesPaths(scope.github, scope.repo, roadmap, progressFromSnapshot(roadmap, issues)),
    read(chartPath),
  ]);
  const [history, readmeNow] = await Promise.all([
    practiceTopic(roadmap) ? input.dailyHistory() : undefined,
    read(input.readmePath),
  ]);
  // The practice topic's status follows its practice (a streak, a recent solved day).
  const progress = history
    ? withPractice(roadmap, withNotes, practiceStreaks(history, input.today), input.today, issues)
    : withNotes;

  // Progress over time from the issues' closing dates; reviews due today (the block works
  // out the next topic itself).
  const pace = paceOf(roadmap, progress, input.issues, input.today, input.timeZone);
  const block = renderProgressBlock(roadmap, progress, {
    repoUrl: input.repoUrl,
    chartPath,
    pace,
    reviews: dueReviews(roadmap, input.issues, input.today, input.timeZone),
    // Kept in the block, so an offline `roadmap render` draws the same pace and reviews.
    today: input.today,
    closedDays: closedDaysOf(roadmap, progress, input.issues, input.timeZone),
  });
  const tallies = sectionTallies(roadmap, progress);

  // The chart first: the README links to it, so it must exist by the time the README does.
  await commitFile(scope, {
    path: chartPath,
    content: renderProgressSvg(tallies, undefined, pace),
    message: COMMIT_MESSAGE,
    read: chartNow,
  });
  const readme = await commitFile(scope, {
    path: input.readmePath,
    message: COMMIT_MESSAGE,
    read: readmeNow,
    content: (current) => {
      if (!current)
        throw new Error(
          `${input.readmePath} does not exist on the default branch: add it with the roadmap markers`,
        );
      try {
        return replaceHeader(replaceBlock(decoder.decode(current), block), renderHeader(roadmap));
      } catch (error) {
        throw withFile(input.readmePath, error);
      }
    },
  });
  return {
    progress: percentDone(totalTally(tallies)),
    changed: readme.status === "committed" || readme.status === "dry-run",
    block,
  };
}
