// The command table. Each command lives in its own file and is loaded only when run,
// so `roadmap validate` never pays for the GitHub client.
import type { Command } from "../io.js";

interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  init: {
    summary: "Scaffold your own roadmap repository (DIR, --from plan.md, --force): roadmap, README, workflow",
    load: async () => (await import("./init.js")).run,
  },
  doctor: {
    summary:
      "Check a roadmap repository and what GitHub says about it ([DIR], --offline: files only): each check with its fix",
    load: async () => (await import("./doctor.js")).run,
  },
  import: {
    summary: "Convert a Markdown roadmap to roadmap YAML (printed on stdout)",
    load: async () => (await import("./import.js")).run,
  },
  render: {
    summary: "Rewrite the README's progress block offline (--check: fail when out of date)",
    load: async () => (await import("./render.js")).run,
  },
  start: {
    summary: "Validate the roadmap and preview the README block and a first sync, offline",
    load: async () => (await import("./start.js")).run,
  },
  validate: {
    summary: "Check roadmap/roadmap.yml (or --file F): every problem with its line and column",
    load: async () => (await import("./validate.js")).run,
  },
  schema: {
    summary: "Print the roadmap's JSON Schema (--write: update roadmap/schema.json, --check: fail if stale)",
    load: async () => (await import("./schema.js")).run,
  },
  "leetcode-pool": {
    summary: "Build roadmap/leetcode.yml (the daily problem pool) from the NeetCode list",
    load: async () => (await import("./leetcode-pool.js")).run,
  },
  plan: {
    summary: "Show what a sync would change on GitHub, reading only (--json for scripts)",
    load: async () => (await import("./plan.js")).run,
  },
  sync: {
    summary: "Sync topic issues and labels with the roadmap (GITHUB_TOKEN; --dry-run prints the requests)",
    load: async () => (await import("./sync.js")).run,
  },
};
