// What the notes handlers get from their adapter, and what they report back.
import type { GitHubClient, Logger, RepoRef } from "../github/client.js";
import type { Operation } from "../github/plan/operation.js";
import type { TopicIssue } from "../issues/topic-issues.js";
import { groupByTopic, readTopicIssues } from "../issues/topic-issues.js";
import type { NotesAnalysis } from "./analyze.js";
import type { NotesCheck } from "./notes-check.js";

export interface NotesDeps {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  dryRun?: boolean;
  /** Default roadmap/roadmap.yml. */
  roadmapPath?: string;
}

export interface NotesResult {
  /** Why nothing was done, when nothing was. */
  skipped?: string;
  analysis?: NotesAnalysis;
  check?: NotesCheck;
  /** The writes made (or, in a dry run, printed), check runs aside. */
  operations: Operation[];
}

/** Lead issue per topic: the one the sync engine keeps (ceil(topic issues / 100) requests). */
export async function readLeadIssues(deps: NotesDeps): Promise<Map<string, TopicIssue>> {
  const groups = groupByTopic(await readTopicIssues(deps.github, deps.repo));
  return new Map([...groups].map(([topicId, group]) => [topicId, group.lead]));
}
