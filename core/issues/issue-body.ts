// A topic issue as the roadmap wants it: title, labels and the generated part of the
// body. The learner's own text around the generated part, and their ticks inside it,
// survive every regeneration.
import { formatRating } from "../model/levels.js";
import type { RatingLabels } from "../model/roadmap.js";
import { ALL_RATING_LABELS, checklistOf } from "../model/roadmap.js";
import type { Section, Topic } from "../model/schema.js";
import { inlineText as inline, neutralizeMentions } from "../text/markdown.js";
import { parseTasks, renderTasks } from "./checklist.js";
import type { Prerequisite } from "./prerequisites.js";
import { isSatisfied } from "./prerequisites.js";
import type { LabelSpec } from "./labels.js";
import { STATUS_LABELS, topicLabels } from "./labels.js";
import { BODY_END, BODY_START, markRemovedWith, REMOVED_MARKER, splitBody, topicMarker } from "./markers.js";
import type { TopicStatus } from "../model/progress.js";

import { ISSUE_BODY_MAX } from "../github/size-limits.js";

export { ISSUE_BODY_MAX };

const REMOVED_NOTE = [
  REMOVED_MARKER,
  "> [!NOTE]",
  "> This topic was removed from `roadmap/roadmap.yml`, so this issue was closed as not planned. Add it back and the next sync reopens it.",
  "",
].join("\n");

const LIST_HEADINGS = { focus: "Focus", scope: "Scope", expectation: "Expectation" } as const;

export function issueTitle(topic: Topic): string {
  // Titles are plain text on GitHub (no Markdown), but a mention in a title still notifies.
  return neutralizeMentions(topic.title);
}

/** The checklist lines of the items `checked:` names: done before the first sync. */
function priorTicks(topic: Topic): string[] {
  const items = checklistOf(topic)?.items ?? [];
  const done = new Set(topic.checked ?? []);
  return items.filter((item) => done.has(item)).map(inline);
}

/**
 * The status a topic's new issue starts with: the roadmap's prior `status:`, in progress
 * when some items were already done, else todo. (Done and dropped issues are closed by the
 * sync right after they are created: GitHub opens every new issue.)
 */
export function priorStatus(topic: Topic): TopicStatus {
  if (topic.status && topic.status !== "todo") return topic.status;
  return (topic.checked ?? []).length > 0 ? "in-progress" : "todo";
}

/** The checklist line texts, exactly as they appear after `- [ ] `. */
export function checklistLines(topic: Topic): string[] {
  return (checklistOf(topic)?.items ?? []).map(inline);
}

interface GeneratedOptions {
  /** Item texts that keep their tick. */
  ticked?: ReadonlySet<string>;
  /** Leave out the descriptive lines to fit GitHub's body limit. */
  compact?: boolean;
  /** The topic's prerequisites as GitHub holds them (core/issues/prerequisites.ts). */
  prerequisites?: readonly Prerequisite[];
}

const PREREQUISITE_STATE: Record<Prerequisite["status"], string> = {
  done: "✅ done",
  dropped: "🚫 dropped",
  "in-progress": "🚧 in progress",
  todo: "⬜ not started",
};

/**
 * "- ✅ done: #12 Django REST Framework": by issue number when it has one (GitHub links
 * it and shows its state), by title until it has one. Plain list items, no boxes: ticks
 * in the generated part are the topic's own checklist.
 */
function prerequisiteLines(prerequisites: readonly Prerequisite[]): string[] {
  const waiting = prerequisites.filter((p) => !isSatisfied(p.status)).length;
  return [
    waiting > 0
      ? `**Prerequisites:** ${waiting} of ${prerequisites.length} still open, finish ${waiting === 1 ? "it" : "them"} first.`
      : "**Prerequisites:** all done, this topic is ready.",
    "",
    ...prerequisites.map(
      (p) =>
        `- ${PREREQUISITE_STATE[p.status]}: ${p.number !== undefined ? `#${p.number} ` : ""}${p.number !== undefined ? inline(p.title) : `**${inline(p.title)}**`}`,
    ),
  ];
}

export function renderGeneratedPart(topic: Topic, section: Section, options: GeneratedOptions = {}): string {
  const time = topic.timebox ? `${topic.time} (${inline(topic.timebox)})` : topic.time;
  const sectionName = `${section.emoji ? `${section.emoji} ` : ""}${inline(section.title)}`;
  const lines = [
    BODY_START,
    topicMarker(topic.id),
    `**Section:** ${sectionName} · **Priority:** ${formatRating(topic.priority)} · **Difficulty:** ${formatRating(topic.difficulty)} · **Time:** ${time}`,
  ];
  if (!options.compact) {
    if (topic.subtitle) lines.push("", `**${inline(topic.subtitle)}**`);
    if (topic.goal) lines.push("", `**Goal:** ${inline(topic.goal)}`);
  }
  if (options.prerequisites && options.prerequisites.length > 0) {
    lines.push("", ...prerequisiteLines(options.prerequisites));
  }
  const checklist = checklistOf(topic);
  if (checklist) {
    lines.push("", `### ${LIST_HEADINGS[checklist.kind]}`);
    if (topic.lead && !options.compact) lines.push("", inline(topic.lead));
    lines.push("", renderTasks(checklistLines(topic), options.ticked ?? new Set()));
  }
  if (topic.kind === "practice") {
    lines.push(
      "",
      "A new problem is posted here as a comment every day: tick its **Solved** box when you have solved it.",
      "This issue stays open while you practise (close it as *not planned* to stop the daily comments).",
    );
  } else {
    lines.push(
      "",
      ...(checklist
        ? ["Tick an item as you study it: the first tick moves the topic to **in progress**."]
        : []),
      `Notes go in \`notes/${topic.id}/\`: a pull request with notes is linked here.`,
      "Close this issue when you have finished the topic (close it as *not planned* to drop it).",
    );
  }
  lines.push(BODY_END);
  return lines.join("\n");
}

export interface DesiredIssue {
  title: string;
  body: string;
}

/**
 * The body with its generated part regenerated: text before and after kept byte for
 * byte, ticks kept for every item whose text did not change. A "removed" note from an
 * earlier removal goes away: the topic is back.
 */
export function mergeBody(
  existing: string | null | undefined,
  topic: Topic,
  section: Section,
  prerequisites: readonly Prerequisite[] = [],
): string {
  const parts = splitBody(existing);
  // A new issue starts with the items the roadmap says were done before its first sync
  // (`checked:`, e.g. ticked in the imported Markdown); an existing one keeps its own ticks.
  const ticked = new Set(
    existing === undefined || existing === null
      ? priorTicks(topic)
      : parts.generated === undefined
        ? []
        : parseTasks(parts.generated)
            .filter((t) => t.checked)
            .map((t) => t.text),
  );
  // A body without a generated part (the learner deleted it) gets it back on top.
  const before = parts.generated === undefined ? "" : parts.before;
  const after = parts.generated === undefined ? (parts.before ? `\n\n${parts.before}` : "") : parts.after;
  for (const compact of [false, true]) {
    const body = before + renderGeneratedPart(topic, section, { ticked, compact, prerequisites }) + after;
    if (body.length <= ISSUE_BODY_MAX) return body;
  }
  throw new Error(
    `the issue body of topic "${topic.id}" would exceed GitHub's ${ISSUE_BODY_MAX}-character limit: shorten its focus list or the text written in the issue`,
  );
}

/** A new topic issue: title, body, and every label including its first status. */
export function newTopicIssue(
  topic: Topic,
  section: Section,
  prerequisites: readonly Prerequisite[] = [],
  ratings: RatingLabels = ALL_RATING_LABELS,
): DesiredIssue & { labels: string[] } {
  return {
    title: issueTitle(topic),
    body: mergeBody(undefined, topic, section, prerequisites),
    labels: [
      ...topicLabels(topic, section, ratings).map((label: LabelSpec) => label.name),
      STATUS_LABELS[priorStatus(topic)].name,
    ],
  };
}

/**
 * The body of an issue whose topic left roadmap.yml, marked as removed. The topic's data
 * is gone, so the existing generated part is kept and only the marker and note go in.
 */
export function markRemoved(body: string): string {
  return markRemovedWith(body, REMOVED_NOTE, ISSUE_BODY_MAX);
}
