// Where a topic stood in the Markdown ("Done", "✅", "in progress", a ticked box), read as
// the roadmap's status words.
import type { TopicStatus } from "../model/statuses.js";
import { closestMatch } from "../validate/did-you-mean.js";
import type { Parsed } from "./fields.js";
import { plainWords } from "./plain-words.js";

const STATUS_WORDS: Record<string, TopicStatus> = {
  done: "done",
  complete: "done",
  completed: "done",
  finished: "done",
  learned: "done",
  "✅": "done",
  "✔": "done",
  "✔️": "done",
  x: "done",
  "[x]": "done",
  yes: "done",
  "in progress": "in-progress",
  "in-progress": "in-progress",
  wip: "in-progress",
  doing: "in-progress",
  started: "in-progress",
  ongoing: "in-progress",
  "🚧": "in-progress",
  todo: "todo",
  "[ ]": "todo",
  "to do": "todo",
  "not started": "todo",
  planned: "todo",
  no: "todo",
  dropped: "dropped",
  skipped: "dropped",
  skip: "dropped",
  abandoned: "dropped",
};

/** "Done", "✅", "in progress": where the topic stood in the Markdown. */
export function parseStatus(raw: string): Parsed<TopicStatus | undefined> {
  const word = plainWords(raw);
  if (word === "") return { value: undefined };
  const status = STATUS_WORDS[word] ?? STATUS_WORDS[closestMatch(word, Object.keys(STATUS_WORDS)) ?? ""];
  if (status === undefined) {
    return {
      value: undefined,
      problem: `unknown status "${raw.trim()}" (expected done, in progress, todo or dropped) ignored`,
    };
  }
  return { value: status };
}
