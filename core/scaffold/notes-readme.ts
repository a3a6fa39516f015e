// notes/README.md for a learner's repository: where study notes go and what a notes pull
// request does, with an example that names one of the learner's own topics.
import { allTopics, checklistOf } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";

export function scaffoldNotesReadme(roadmap: Roadmap): string {
  const topics = allTopics(roadmap).map(({ topic }) => topic);
  // A plain topic makes the best example: the practice topic gets no notes as a rule.
  const example = topics.find((topic) => topic.kind === "topic") ?? topics[0]!;
  const items = checklistOf(example)?.items.slice(0, 2) ?? [];
  const focus = items.length
    ? [
        "focus: # optional: the checklist items this note covers, as written in roadmap.yml",
        ...items.map((item) => `  - ${JSON.stringify(item)}`),
      ]
    : [];
  return [
    "# Study notes",
    "",
    "Notes for a roadmap topic go in a pull request. Merging it moves the topic forward.",
    "",
    "## Where notes go",
    "",
    "Put each note in the folder named after its topic's `id` in",
    "[`roadmap/roadmap.yml`](../roadmap/roadmap.yml), for example",
    `\`notes/${example.id}/first-steps.md\`. Any Markdown file under \`notes/<topic-id>/\` counts.`,
    "",
    "A note may start with front matter (optional):",
    "",
    "```markdown",
    "---",
    `topic: ${example.id} # optional: the topic id, when the file is not in notes/${example.id}/`,
    ...focus,
    "---",
    "",
    `# ${example.title}`,
    "```",
    "",
    "## What happens",
    "",
    "- On the pull request: the `notes` label, one comment listing each topic's issue, and the",
    "  **roadmap notes** check, which fails (with a suggestion) on an unknown topic id or focus item.",
    "  Only the files are read, as text; nothing from the pull request runs.",
    "- On merge: each topic moves from todo to in progress, the `focus:` items are ticked in its",
    "  issue, and the issue gets a comment linking the notes. Write `Completes #12` in the pull",
    "  request's description to close issue #12 as done.",
    "",
  ].join("\n");
}
