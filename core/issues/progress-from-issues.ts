// Progress as GitHub shows it: each topic's status by the same rules the sync applies
// (issue state, ticks, its status label), ticks from its checklist, and a link to it.
import type { ProgressSnapshot, TopicProgress } from "../model/progress.js";
import { offlineProgress } from "../model/progress.js";
import type { Roadmap } from "../model/schema.js";
import { countTicks } from "./checklist.js";
import { splitBody } from "./markers.js";
import type { Snapshot } from "./topic-issues.js";
import { groupByTopic } from "./topic-issues.js";
import { topicStatus } from "./status.js";

export function progressFromSnapshot(roadmap: Roadmap, snapshot: Pick<Snapshot, "issues">): ProgressSnapshot {
  const progress = offlineProgress(roadmap);
  const groups = groupByTopic(snapshot.issues);
  for (const [topicId, offline] of Object.entries(progress.topics)) {
    const issue = groups.get(topicId)?.lead;
    if (!issue) continue;
    const ticks = countTicks(splitBody(issue.body).generated ?? "");
    const entry: TopicProgress = {
      ...offline,
      // The rules, not the label alone: a closed issue whose label was not updated yet (a
      // missed event) shows as done, as the next sync will label it.
      status: topicStatus(issue),
      checked: Math.min(ticks.checked, offline.total),
      issueUrl: issue.htmlUrl,
    };
    progress.topics[topicId] = entry;
  }
  return progress;
}
