// Progress as GitHub shows it: each topic's status by the same rules the sync applies
// (issue state, ticks, its status label), ticks from its checklist, and a link to it.
import type { ProgressSnapshot, TopicProgress } from "../model/progress.js";
import { offlineProgress } from "../model/progress.js";
import type { Roadmap } from "../model/schema.js";
import { countTicks } from "./checklist.js";
import { splitBody } from "./markers.js";
import type { Snapshot } from "./topic-issues.js";
import { groupByTopic } from "./topic-issues.js";
import { practiceStatus, topicStatus } from "./status.js";
import type { PracticeProgress } from "../model/progress.js";
import { practiceTopic } from "../model/roadmap.js";
import { isPractising } from "../practice/streaks.js";

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

/**
 * The practice's streaks on the snapshot, and the practice topic's status from them (not
 * from its issue, which stays open while the learner practises).
 */
export function withPractice(
  roadmap: Roadmap,
  progress: ProgressSnapshot,
  practice: PracticeProgress,
  today: string,
  issues: Pick<Snapshot, "issues">,
): ProgressSnapshot {
  const placed = practiceTopic(roadmap);
  if (!placed) return progress;
  const issue = groupByTopic(issues.issues).get(placed.topic.id)?.lead;
  const entry = progress.topics[placed.topic.id];
  const status = practiceStatus(issue, isPractising(practice, today));
  return {
    ...progress,
    practice,
    topics: { ...progress.topics, ...(entry ? { [placed.topic.id]: { ...entry, status } } : {}) },
  };
}
