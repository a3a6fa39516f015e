// Topic counts per section by status: what the chart draws and the `progress` output
// reports. Dropped topics were closed as not planned, so they count nowhere: a learner
// who drops a topic is not further from done. The practice topic counts by its own measure
// (the streak, on its section's tally) and not among the topics: 100% is reachable while
// the learner keeps practising with its issue open.
import type { PracticeProgress, ProgressSnapshot } from "../model/progress.js";
import type { Roadmap } from "../model/schema.js";

export interface Tally {
  done: number;
  inProgress: number;
  todo: number;
}

export interface SectionTally extends Tally {
  id: string;
  /** "🧠 Backend Core". */
  label: string;
  /** The streaks, on the section holding the practice topic. */
  practice?: PracticeProgress;
}

function count(statuses: readonly (string | undefined)[]): Tally {
  return {
    done: statuses.filter((status) => status === "done").length,
    inProgress: statuses.filter((status) => status === "in-progress").length,
    todo: statuses.filter((status) => status === undefined || status === "todo").length,
  };
}

export function sectionTallies(roadmap: Roadmap, progress: ProgressSnapshot): SectionTally[] {
  return roadmap.sections.map((section) => ({
    id: section.id,
    label: section.emoji ? `${section.emoji} ${section.title}` : section.title,
    ...count(
      section.topics
        .filter((topic) => topic.kind !== "practice")
        .map((topic) => progress.topics[topic.id]?.status),
    ),
    ...(section.topics.some((topic) => topic.kind === "practice")
      ? { practice: progress.practice ?? { solved: 0, currentStreak: 0, longestStreak: 0 } }
      : {}),
  }));
}

export function totalTally(tallies: readonly Tally[]): Tally {
  return tallies.reduce<Tally>(
    (sum, t) => ({
      done: sum.done + t.done,
      inProgress: sum.inProgress + t.inProgress,
      todo: sum.todo + t.todo,
    }),
    { done: 0, inProgress: 0, todo: 0 },
  );
}

/** Percent of (not dropped) topics done, rounded down so 100 means really all. */
export function percentDone(tally: Tally): number {
  const counted = tally.done + tally.inProgress + tally.todo;
  return counted === 0 ? 0 : Math.floor((tally.done * 100) / counted);
}
