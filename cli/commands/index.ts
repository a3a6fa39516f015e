// The command table. Each command lives in its own file and is loaded only when run,
// so `roadmap validate` never pays for the GitHub client.
import type { Command } from "../io.js";

interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
};
