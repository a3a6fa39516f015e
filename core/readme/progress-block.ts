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

export interface RenderOptions {
  /** "https://github.com/o/r": makes repository paths (notes, chart) absolute links. */
  repoUrl?: string;
  /** Repository path of the progress chart SVG, shown under the overall bar. */
  chartPath?: string;
}

export const GENERATED_COMMENT =
  "<!-- Generated from roadmap/roadmap.yml: edits inside the roadmap markers are overwritten. Regenerate offline with `npx roadmap render`; the sync Action refreshes it with live progress. -->";

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

function topicRow(topic: Topic, state: TopicProgress, options: RenderOptions): string {
  const title = tableCell(topic.title);
  let cell = state.issueUrl ? `[${title}](${linkTarget(state.issueUrl)})` : title;
  if (topic.subtitle) cell += ` — ${tableCell(topic.subtitle)}`;
  if (state.notesPath) cell += ` · [notes](${repositoryLink(state.notesPath, "tree", options)})`;
  const time = topic.timebox ? `${topic.time} (${tableCell(topic.timebox)})` : topic.time;
  const checklist = state.total > 0 ? `${state.checked}/${state.total}` : "—";
  const cells = [
    cell,
    formatRating(topic.priority),
    formatRating(topic.difficulty),
    time,
    STATUS_TEXT[state.status],
    checklist,
  ];
  return `| ${cells.join(" | ")} |`;
}

function practiceLine(progress: ProgressSnapshot): string[] {
  const practice = progress.practice;
  if (!practice) return [];
  const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;
  return [
    `🧩 **LeetCode practice:** ${practice.solved} solved · current streak ${days(practice.currentStreak)} · longest streak ${days(practice.longestStreak)}`,
    "",
  ];
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
  const all = sections.flatMap(({ rows }) => rows.map(({ state }) => state.status));
  const overall = countStatuses(all);

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

  for (const { section, rows } of sections) {
    const counts = countStatuses(rows.map(({ state }) => state.status));
    // "🎨 Frontend (Basic – Supporting Role)", as the roadmap's author wrote it.
    const subtitle = section.subtitle ? `(${inlineText(section.subtitle)})` : undefined;
    const heading = [section.emoji, inlineText(section.title), subtitle].filter(Boolean).join(" ");
    lines.push(`### ${heading}`, "");
    const planned = rows.length - counts.dropped;
    const dropped = counts.dropped > 0 ? ` · ${counts.dropped} dropped` : "";
    lines.push(`${progressBar(percentDone(counts))} · ${counts.done}/${planned} done${dropped}`, "");
    lines.push("| Topic | Priority | Difficulty | Time | Status | Focus |");
    lines.push("| --- | --- | --- | --- | --- | --- |");
    for (const { topic, state } of rows) lines.push(topicRow(topic, state, options));
    lines.push("");
  }

  if (roadmap.notes && roadmap.notes.length > 0) {
    lines.push("### 📌 Notes", "", ...roadmap.notes.map(noteItem), "");
  }
  return lines.join("\n").trimEnd();
}
