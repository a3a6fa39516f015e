// Where a topic stands: one list shared by the progress snapshot and the schema's
// optional `status` field (progress recorded before the first sync).
export const STATUSES = ["todo", "in-progress", "done", "dropped"] as const;
export type TopicStatus = (typeof STATUSES)[number];
