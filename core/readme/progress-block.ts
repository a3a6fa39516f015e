// The README's progress block: overall and per-section progress bars, one table row per
// topic, the LeetCode streak and the roadmap's notes. Pure and deterministic: the same
// roadmap and progress always give the same bytes, so an unchanged README is never rewritten.
import { formatRating } from "../model/levels.js";
import type { TopicProgress, TopicStatus } from "../model/progress.js";
import { STATUSES } from "../model/progress.js";
import type { ProgressSnapshot } from "../model/progress.js";
import { checklistOf } from "../model/roadmap.js";
import type { Roadmap, Topic } from "../model/schema.js";
import { inlineText, neutralizeMentions, tableCell } from "../text/markdown.js";
import { encodeBlockState } from "./block-state.js";
import type { NextTopic } from "../issues/next-topic.js";
import { nextTopic, openPrerequisites } from "../issues/next-topic.js";
import type { DueReview } from "../issues/reviews.js";
import type { TopicIndex } from "../model/roadmap.js";
import { hoursOf, hoursPerTimeCost, topicIndex } from "../model/roadmap.js";
import type { Pace } from "./pace.js";
import { forecastMethod } from "./pace.js";

export interface RenderOptions {
  /** "https://github.com/o/r": makes repository paths (notes, chart) absolute links. */
  repoUrl?: string;
  /** Repository path of the progress chart SVG, shown under the overall bar. */
  chartPath?: string;
  /** Progress over time (core/readme/pace.ts): hours, pace, forecast, done per week. */
  pace?: Pace;
  /** The topic to study next (core/issues/next-topic.ts); worked out from `progress` when not given. */
  next?: NextTopic;
  /** Done topics due for a review today (core/issues/reviews.ts). */
  reviews?: readonly DueReview[];
  /** Kept in the block's state for an offline render: the day drawn, and each done topic's closing day. */
  today?: string;
  closedDays?: Record<string, string>;
}

/** Weeks of the "done per week" table. */
const WEEKS_SHOWN = 8;

export const GENERATED_COMMENT =
  "<!-- Generated from roadmap/roadmap.yml: edits inside the roadmap markers are overwritten. Regenerate offline with `roadmap render` (the roadmap-ops CLI; it keeps the live progress); the Action refreshes it. -->";

const STATUS_TEXT: Record<TopicStatus, string> = {
  todo: "⬜ todo",
  "in-progress": "🚧 in progress",
  done: "✅ done",
  dropped: "🚫 dropped",
};

const BAR_CELLS = 10;

export type StatusCounts = Record<TopicStatus, number>;

/** Done as a share of the topics still planned: dropped topics do not hold the bar back. */
export function percentDone(counts: StatusCounts): number {
  const planned = counts.todo + counts["in-progress"] + counts.done;
  // Floor, so 100% means everything is done, not "nearly".
  return planned === 0 ? 0 : Math.floor((counts.done * 100) / planned);
}

/** "███████░░░ 70%" */
export function progressBar(percent: number): string {
  const filled = Math.floor((percent * BAR_CELLS) / 100);
  return `${"█".repeat(filled)}${"░".repeat(BAR_CELLS - filled)} ${percent}%`;
}

function countStatuses(statuses: readonly TopicStatus[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const status of statuses) counts[status]++;
  return counts;
}

/** "5 done · 2 in progress · 2 todo · 1 dropped of 10 topics" */
function countsLine(counts: StatusCounts, total: number): string {
  const parts = [
    `${counts.done} done`,
    `${counts["in-progress"]} in progress`,
    `${counts.todo} todo`,
    `${counts.dropped} dropped`,
  ];
  return `${parts.join(" · ")} of ${total} topic${total === 1 ? "" : "s"}`;
}

/** A link target that survives Markdown: spaces and parentheses would end it early. */
const LINK_UNSAFE: Record<string, string> = { " ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E" };

function linkTarget(url: string): string {
  return url.replace(/[ ()<>]/g, (character) => LINK_UNSAFE[character]!);
}

function repositoryLink(path: string, kind: "tree" | "raw", options: RenderOptions): string {
  const clean = path.replace(/^\.?\/+/, "");
  return linkTarget(options.repoUrl ? `${options.repoUrl.replace(/\/+$/, "")}/${kind}/HEAD/${clean}` : clean);
}

function progressOf(topic: Topic, progress: ProgressSnapshot): TopicProgress {
  // A topic the snapshot does not know yet (added since the last sync) has not started.
  return (
    progress.topics[topic.id] ?? { status: "todo", checked: 0, total: checklistOf(topic)?.items.length ?? 0 }
  );
}

function days(n: number): string {
  return `${n} day${n === 1 ? "" : "s"}`;
}

/** "4", "2.5": hours without float noise. */
function hours(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function topicRow(
  roadmap: Roadmap,
  topic: Topic,
  state: TopicProgress,
  progress: ProgressSnapshot,
  options: RenderOptions,
  index: TopicIndex,
): string {
  const title = tableCell(topic.title);
  let cell = state.issueUrl ? `[${title}](${linkTarget(state.issueUrl)})` : title;
  if (topic.subtitle) cell += ` — ${tableCell(topic.subtitle)}`;
  if (state.notesPath) cell += ` · [notes](${repositoryLink(state.notesPath, "tree", options)})`;
  const cost = `${topic.time} · ${hours(hoursOf(roadmap, topic))} h`;
  const time = topic.timebox ? `${cost} (${tableCell(topic.timebox)})` : cost;
  let checklist = state.total > 0 ? `${state.checked}/${state.total}` : "—";
  if (topic.kind === "practice" && progress.practice)
    checklist = `🔥 ${progress.practice.currentStreak}-day streak`;
  // A topic not started whose prerequisites are open waits for them.
  const waiting = state.status === "todo" ? openPrerequisites(roadmap, topic, progress, index) : [];
  const status =
    waiting.length > 0
      ? `⏳ waiting on ${waiting.length} prerequisite${waiting.length === 1 ? "" : "s"}`
      : STATUS_TEXT[state.status];
  const cells = [cell, formatRating(topic.priority), formatRating(topic.difficulty), time, status, checklist];
  return `| ${cells.join(" | ")} |`;
}

function practiceLine(progress: ProgressSnapshot): string[] {
  const practice = progress.practice;
  if (!practice) return [];
  return [
    `🧩 **LeetCode practice:** ${practice.solved} solved · current streak ${days(practice.currentStreak)} · longest streak ${days(practice.longestStreak)}`,
    "",
  ];
}

function topicLink(title: string, url: string | undefined): string {
  const text = inlineText(title);
  return url ? `[${text}](${linkTarget(url)})` : `**${text}**`;
}

/** Hours, pace and forecast, done per week, the next topic, the reviews due today. */
function coachLines(roadmap: Roadmap, progress: ProgressSnapshot, options: RenderOptions): string[] {
  const lines: string[] = [];
  const { pace } = options;
  if (pace) {
    lines.push(
      `⏱️ **Hours:** ${hours(pace.hoursDone)} of ${hours(pace.hoursPlanned)} h done · ${hours(pace.hoursLeft)} h to go`,
      "",
    );
    if (pace.hoursLeft === 0 && pace.planned > 0)
      lines.push("📈 **Pace:** every planned topic is done. 🎉", "");
    else if (pace.hoursPerWeek !== undefined && pace.forecast) {
      const weeks = `${pace.paceWeeks} week${pace.paceWeeks === 1 ? "" : "s"}`;
      lines.push(
        `📈 **Pace:** ${pace.recentTopics} topic${pace.recentTopics === 1 ? "" : "s"} (${hours(pace.recentHours)} h) done in the last ${weeks}, ≈ ${hours(pace.hoursPerWeek)} h a week · **at this pace: done by ${pace.forecast}**`,
        "",
        `<sub>${forecastMethod(pace, hoursPerTimeCost(roadmap))}</sub>`,
        "",
      );
    } else {
      lines.push(
        `📈 **Pace:** no topic closed in the last ${pace.paceWeeks} week${pace.paceWeeks === 1 ? "" : "s"}: no forecast until the next one is done.`,
        "",
      );
    }
    const shown = pace.weeks.slice(-WEEKS_SHOWN);
    if (shown.length > 0) {
      lines.push(
        `| Week of | ${shown.map((w) => w.week).join(" | ")} |`,
        `| --- | ${shown.map(() => "---").join(" | ")} |`,
        `| Done | ${shown.map((w) => String(w.done)).join(" | ")} |`,
        `| Total | ${shown.map((w) => `${w.total}/${pace.planned}`).join(" | ")} |`,
        "",
      );
    }
  }
  const next = options.next ?? nextTopic(roadmap, progress);
  if (next) {
    const state = next.status === "in-progress" ? "in progress" : "ready";
    lines.push(
      `➡️ **Next up:** ${topicLink(next.topic.title, next.issueUrl)} (${inlineText(next.section.title)}, ${state}, priority ${formatRating(next.topic.priority)})`,
      "",
    );
  }
  if (options.reviews && options.reviews.length > 0) {
    const items = options.reviews.map(
      (review) =>
        `${topicLink(review.topic.title, progress.topics[review.topic.id]?.issueUrl ?? review.issue.htmlUrl)} (${days(review.day)} after closing)`,
    );
    lines.push(`🔁 **Due for review today:** ${items.join(" · ")}`, "");
  }
  return lines;
}

/**
 * A note is Markdown as written (emphasis kept); it only must not mention anyone, nor
 * open an HTML comment (a note line reading `<!-- roadmap:end -->` would end the block).
 */
function noteItem(note: string): string {
  return `- ${neutralizeMentions(note).replace(/<!--/g, "&lt;!--").replace(/\r?\n/g, "\n  ")}`;
}

/** The block's content, without the markers (replaceBlock puts it between them). */
export function renderProgressBlock(
  roadmap: Roadmap,
  progress: ProgressSnapshot,
  options: RenderOptions = {},
): string {
  const sections = roadmap.sections.map((section) => ({
    section,
    rows: section.topics.map((topic) => ({ topic, state: progressOf(topic, progress) })),
  }));
  // The practice topic counts by its streak, not among the topics (100% is reachable
  // while its issue stays open).
  const counted = (rows: { topic: Topic; state: TopicProgress }[]) =>
    rows.filter(({ topic }) => topic.kind !== "practice").map(({ state }) => state.status);
  const all = sections.flatMap(({ rows }) => counted(rows));
  const overall = countStatuses(all);
  const index = topicIndex(roadmap);

  const lines: string[] = [GENERATED_COMMENT];
  // Live progress (the Action's) is kept in the block, so an offline render can redraw it.
  if (options.repoUrl) lines.push(encodeBlockState(progress, options));
  lines.push("", "## 📊 Progress", "");
  lines.push(`**${progressBar(percentDone(overall))}** — ${countsLine(overall, all.length)}`, "");
  if (options.chartPath) {
    lines.push(
      `![Progress per section: done, in progress and todo topics](${repositoryLink(options.chartPath, "raw", options)})`,
      "",
    );
  }
  lines.push(...practiceLine(progress));
  lines.push(...coachLines(roadmap, progress, options));

  for (const { section, rows } of sections) {
    const counts = countStatuses(counted(rows));
    // "🎨 Frontend (Basic – Supporting Role)", as the roadmap's author wrote it.
    const subtitle = section.subtitle ? `(${inlineText(section.subtitle)})` : undefined;
    const heading = [section.emoji, inlineText(section.title), subtitle].filter(Boolean).join(" ");
    lines.push(`### ${heading}`, "");
    const planned = counted(rows).length - counts.dropped;
    const dropped = counts.dropped > 0 ? ` · ${counts.dropped} dropped` : "";
    if (counted(rows).length > 0)
      lines.push(`${progressBar(percentDone(counts))} · ${counts.done}/${planned} done${dropped}`, "");
    else if (progress.practice)
      lines.push(
        `🔥 ${progress.practice.currentStreak}-day streak · ${progress.practice.solved} solved: practice counts by its streak, not among the topics`,
        "",
      );
    else lines.push("Practice counts by its streak, not among the topics.", "");
    lines.push("| Topic | Priority | Difficulty | Time | Status | Focus |");
    lines.push("| --- | --- | --- | --- | --- | --- |");
    for (const { topic, state } of rows)
      lines.push(topicRow(roadmap, topic, state, progress, options, index));
    lines.push("");
  }

  if (roadmap.notes && roadmap.notes.length > 0) {
    lines.push("### 📌 Notes", "", ...roadmap.notes.map(noteItem), "");
  }
  return lines.join("\n").trimEnd();
}
