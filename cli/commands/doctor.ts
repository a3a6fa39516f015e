// `roadmap doctor --offline [DIR]`: checks a roadmap repository on disk (the working
// directory, or DIR) before the workflow runs there: ✓ or ✗ per check, with the fix.
// Exit 1 when anything fails. Reads files only; nothing is sent.
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { DoctorInput } from "../../core/doctor/checks.js";
import { doctorChecks, formatChecks } from "../../core/doctor/checks.js";
import type { Command } from "../io.js";
import { UsageError } from "../io.js";

const USAGE = "usage: roadmap doctor --offline [DIR] (the offline checks are the only ones so far)";

/** The pool the Action ships with: this package's own roadmap/leetcode.yml. */
const SHIPPED_POOL = new URL("../../roadmap/leetcode.yml", import.meta.url);

const text = (path: string | URL) => readFile(path, "utf8").catch(() => undefined);

/** The files doctor looks at in a repository directory; a missing one is undefined. */
export async function readDoctorInput(dir: string): Promise<DoctorInput> {
  const ownPool = await text(join(dir, "roadmap/leetcode.yml"));
  const shipped = ownPool === undefined ? await text(SHIPPED_POOL) : undefined;
  const workflowDir = join(dir, ".github/workflows");
  const names = (await readdir(workflowDir).catch(() => [] as string[]))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const workflows = [];
  for (const name of names) {
    const body = await text(join(workflowDir, name));
    if (body !== undefined) workflows.push({ path: `.github/workflows/${name}`, text: body });
  }
  const input: DoctorInput = {
    roadmap: await text(join(dir, "roadmap/roadmap.yml")),
    readme: await text(join(dir, "README.md")),
    schema: await text(join(dir, "roadmap/schema.json")),
    workflows,
  };
  if (ownPool !== undefined) input.pool = { text: ownPool, shown: "roadmap/leetcode.yml", own: true };
  else if (shipped !== undefined)
    input.pool = { text: shipped, shown: "the Action's roadmap/leetcode.yml", own: false };

  return input;
}

export const run: Command = async (args, io) => {
  let dir: string;
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { offline: { type: "boolean", default: false } },
      strict: true,
      allowPositionals: true,
    });
    if (!values.offline || positionals.length > 1) throw new Error("--offline is required");
    dir = resolve(io.cwd, positionals[0] ?? ".");
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split(". ")[0]}; ${USAGE}`);
  }

  const input = await readDoctorInput(dir);
  const checks = doctorChecks(input);
  io.stdout(`${formatChecks(checks)}\n`);
  const failed = checks.filter((check) => !check.ok).length;
  io.stdout(
    failed ? `\n${failed} of ${checks.length} checks failed\n` : `\nall ${checks.length} checks passed\n`,
  );
  return failed ? 1 : 0;
};
