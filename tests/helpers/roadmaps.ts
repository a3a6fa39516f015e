// Small roadmaps for tests, built through the real schema so defaults apply as in production.
import type { RoadmapInput } from "../../core/model/schema.js";
import { RoadmapSchema } from "../../core/model/schema.js";
import type { Roadmap } from "../../core/model/schema.js";

export const SMALL_ROADMAP_INPUT: RoadmapInput = {
  title: "Test roadmap",
  sections: [
    {
      id: "daily",
      title: "Daily",
      emoji: "📅",
      topics: [
        {
          id: "leetcode",
          title: "LeetCode (1 problem/day)",
          kind: "practice",
          priority: "high",
          difficulty: "medium",
          time: "short",
          timebox: "30–60 minutes",
          goal: "Keep problem-solving sharp.",
          practice: { site: "leetcode", difficulty: "medium", source: "pool" },
        },
      ],
    },
    {
      id: "backend-core",
      title: "Backend Core",
      emoji: "🧠",
      topics: [
        {
          id: "redis",
          title: "Redis",
          priority: "high",
          difficulty: ["easy", "medium"],
          time: "short",
          focus: ["caching", "rate limiting", "pub/sub"],
        },
        {
          id: "postgresql",
          title: "PostgreSQL",
          priority: "medium",
          difficulty: "medium",
          time: "medium",
          focus: ["indexing", "EXPLAIN"],
        },
      ],
    },
  ],
};

export function smallRoadmap(change?: (input: RoadmapInput) => void): Roadmap {
  const input = structuredClone(SMALL_ROADMAP_INPUT);
  change?.(input);
  return RoadmapSchema.parse(input);
}
