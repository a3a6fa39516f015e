// The roadmap `roadmap init` writes when no Markdown plan is given: small enough to read
// in a minute, and showing every kind of topic (daily practice, plain topics with a
// checklist, a project) so the learner edits an example instead of reading the schema.
import type { RoadmapInput } from "../model/schema.js";

export const STARTER_ROADMAP: RoadmapInput = {
  title: "My Learning Roadmap",
  intro:
    "What I am learning, one topic at a time. Edit `roadmap/roadmap.yml`: every topic becomes an issue, and this page shows the progress.",
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
          goal: "Keep problem-solving sharp without grinding.",
          practice: { site: "leetcode", difficulty: "medium", source: "pool" },
        },
      ],
    },
    {
      id: "foundations",
      title: "Foundations",
      emoji: "🧱",
      topics: [
        {
          id: "git",
          title: "Git",
          priority: "high",
          difficulty: "easy",
          time: "short",
          focus: ["branches and rebasing", "resolving conflicts", "bisect"],
        },
        {
          id: "testing",
          title: "Testing",
          priority: "high",
          difficulty: ["easy", "medium"],
          time: "medium",
          focus: ["unit tests", "test doubles", "testing against a real database"],
        },
      ],
    },
    {
      id: "output",
      title: "Output",
      emoji: "🎯",
      topics: [
        {
          id: "first-project",
          title: "A Small Project",
          kind: "project",
          priority: "medium",
          difficulty: "medium",
          time: "long",
          lead: "The project shows:",
          expectation: ["a README that says how to run it", "tests in CI", "a deployed version"],
        },
      ],
    },
  ],
  notes: ["Change anything here: topic ids are how issues are found again, so keep them once synced."],
};
