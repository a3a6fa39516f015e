// README.md for a learner's repository: the roadmap's title and intro, the progress block
// between the markers (rendered as `roadmap render` would, every topic todo; the Action
// refreshes it with live progress), and what each part of the repository does.
import { offlineProgress } from "../model/progress.js";
import { practiceTopic } from "../model/roadmap.js";
import type { Roadmap } from "../model/schema.js";
import { neutralizeMentions } from "../text/markdown.js";
import { renderProgressBlock } from "../readme/progress-block.js";
import { renderHeader } from "../readme/header.js";
import { BLOCK_END, BLOCK_START, HEADER_END, HEADER_START } from "../readme/readme-region.js";

export interface ReadmeOptions {
  /** "https://github.com/roadmap-ops/roadmap-ops": where the tooling is documented. */
  toolUrl: string;
}

export function scaffoldReadme(roadmap: Roadmap, options: ReadmeOptions): string {
  // Title and intro between the header markers, drawn as the Action and `roadmap render`
  // redraw them when the roadmap's title or intro change (mentions broken: pushing the
  // README notifies nobody).
  const head = [HEADER_START, renderHeader(roadmap), HEADER_END, ""];
  const practice = practiceTopic(roadmap);
  const how = [
    "## How this repository works",
    "",
    "- [`roadmap/roadmap.yml`](roadmap/roadmap.yml) is the roadmap. Each topic becomes an issue with its",
    "  checklist as checkboxes and its status as a label; the block above is regenerated from it.",
    "- Tick a checkbox in a topic's issue and the topic is *in progress*; close the issue and it is",
    "  *done* (closed as *not planned*: dropped). Reopen to undo.",
    ...(practice
      ? [
          `- Every day one LeetCode problem is posted on the "${neutralizeMentions(practice.topic.title)}" issue;`,
          "  tick **Solved** in that comment to keep the streak.",
        ]
      : []),
    "- Study notes go in `notes/<topic-id>/` through a pull request ([notes/README.md](notes/README.md)).",
    "- [`.github/workflows/roadmap.yml`](.github/workflows/roadmap.yml) runs all of this daily, on issue",
    "  events and on pushes that change the roadmap. Run it by hand from the Actions tab any time.",
    "",
    `Powered by [roadmap-ops](${options.toolUrl}).`,
    "",
  ];
  const block = renderProgressBlock(roadmap, offlineProgress(roadmap));
  return [...head, BLOCK_START, block, BLOCK_END, "", ...how].join("\n");
}
