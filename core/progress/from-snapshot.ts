// Progress as GitHub shows it: status from each topic issue's labels (or its state when a
// label is missing), ticks from its checklist, and a link to it.
import type { ProgressSnapshot, TopicProgress } from "../model/progress.js";
import { offlineProgress } from "../model/progress.js";
import type { Roadmap } from "../model/schema.js";
import { countTicks } from "../sync/checklist.js";
import { statusOfLabels } from "../sync/labels.js";
import { splitBody } from "../sync/markers.js";
import type { Snapshot } from "../sync/snapshot.js";
import { groupByTopic } from "../sync/snapshot.js";
import { statusFor } from "./status-rules.js";

export function progressFromSnapshot(roadmap: Roadmap, snapshot: Pick<Snapshot, "issues">): ProgressSnapshot {
  const progress = offlineProgress(roadmap);
  const groups = groupByTopic(snapshot.issues);
  for (const [topicId, offline] of Object.entries(progress.topics)) {
    const issue = groups.get(topicId)?.lead;
    if (!issue) continue;
    const ticks = countTicks(splitBody(issue.body).generated ?? "");
    const current = statusOfLabels(issue.labels);
    const entry: TopicProgress = {
      ...offline,
      status:
        current ??
        statusFor("sync", {
          state: issue.state,
          stateReason: issue.stateReason,
          checked: ticks.checked,
          current,
        }),
      checked: Math.min(ticks.checked, offline.total),
      issueUrl: issue.htmlUrl,
    };
    progress.topics[topicId] = entry;
  }
  return progress;
}
