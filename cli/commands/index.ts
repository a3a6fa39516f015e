// The command table. Each command lives in its own file and is loaded only when run,
// so `roadmap validate` never pays for the GitHub client.
import type { Command } from "../io.js";

/** What a command's file exports: the command, and its --help text (usage and every option). */
export interface CommandModule {
  run: Command;
  HELP: string;
}

interface CommandEntry {
  summary: string;
  load: () => Promise<CommandModule>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  init: {
    summary: "Scaffold your own roadmap repository (DIR, --from plan.md, --force): roadmap, README, workflow",
    load: async () => await import("./init.js"),
  },
  doctor: {
    summary:
      "Check a roadmap repository and what GitHub says about it ([DIR], --offline: files only): each check with its fix",
    load: async () => await import("./doctor.js"),
  },
  import: {
    summary: "Convert a Markdown roadmap to roadmap YAML (stdout, or --out FILE)",
    load: async () => await import("./import.js"),
  },
  render: {
    summary: "Rewrite the README's progress block offline (--check: fail when out of date)",
    load: async () => await import("./render.js"),
  },
  start: {
    summary: "Validate the roadmap and preview the README block and a first sync, offline",
    load: async () => await import("./start.js"),
  },
  validate: {
    summary: "Check roadmap/roadmap.yml (or FILE): every problem with its line and column",
    load: async () => await import("./validate.js"),
  },
  schema: {
    summary: "Print the roadmap's JSON Schema (--write: update roadmap/schema.json, --check: fail if stale)",
    load: async () => await import("./schema.js"),
  },
  "leetcode-pool": {
    summary: "Build roadmap/leetcode.yml (the daily problem pool) from the NeetCode list",
    load: async () => await import("./leetcode-pool.js"),
  },
  plan: {
    summary: "Show what a sync would change on GitHub, reading only (--json for scripts)",
    load: async () => await import("./plan.js"),
  },
  sync: {
    summary:
      "Sync topic issues, section parents and labels with the roadmap (GITHUB_TOKEN; --dry-run prints the requests)",
    load: async () => await import("./sync.js"),
  },
};
