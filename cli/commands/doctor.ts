// `roadmap doctor [DIR] [--offline]`: checks a roadmap repository on disk (the working
// directory, or DIR) and, unless --offline, what GitHub says about it (read only): ✓ or ✗
// per check, with the fix. Exit 1 when anything fails. Nothing is ever written.
import { repositoryName } from "../repo-name.js";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Check, DoctorInput } from "../../core/doctor/checks.js";
import { onlineChecks } from "../../core/doctor/online-checks.js";
import { validateRoadmap } from "../../core/validate/validate-roadmap.js";
import { PROJECT_TOKEN_ENV, projectGitHub, githubTarget } from "../github-env.js";
import { doctorChecks, formatChecks } from "../../core/doctor/checks.js";
import { parseCommandLine } from "../args.js";
import type { Command } from "../io.js";

const USAGE = "usage: roadmap doctor [DIR] [--offline] [--repo owner/name]";
export const HELP = `${USAGE}

Checks a roadmap repository (the working directory, or DIR) before its workflow runs, each
check with ✓ or ✗ and its fix; exit 1 on any ✗. Nothing is ever written.

  DIR                 the repository's folder (default: the working directory)
  --offline           the files only: roadmap, README markers, schema.json, pool, workflow
  --repo owner/name   the repository on GitHub for the online checks (default:
                      GITHUB_REPOSITORY, else the GitHub repository of DIR's
                      \`git remote get-url origin\`); they need GITHUB_TOKEN (or GH_TOKEN)
  -h, --help          show this help
`;

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

const OPTIONS = {
  offline: { type: "boolean", default: false },
  repo: { type: "string" },
} as const;

/** The workflow that runs the Action on a schedule: the one whose state doctor asks about. */
function scheduledWorkflow(input: DoctorInput): string | undefined {
  const found = input.workflows.find(
    ({ text }) => /^\s*schedule:/m.test(text) && /uses:\s*(\.\/action|[\w.-]+\/[\w.-]+\/action@)/.test(text),
  );
  return found?.path.split("/").pop();
}

/** The online checks, or the one check that says why they cannot run. */
async function online(
  io: Parameters<Command>[1],
  input: DoctorInput,
  repo: string | undefined,
  dir: string,
): Promise<Check[]> {
  if (!io.env.GITHUB_TOKEN && !io.env.GH_TOKEN) {
    return [
      {
        ok: false,
        title: "no token: GitHub was not asked",
        fix: "set GITHUB_TOKEN (or GH_TOKEN) to a token for the repository, or run `roadmap doctor --offline`",
      },
    ];
  }
  let scope;
  try {
    // --repo, GITHUB_REPOSITORY, or the origin of the folder's clone (as plan and sync find it).
    scope = githubTarget(io, await repositoryName({ ...io, cwd: dir }, repo));
  } catch (error) {
    return [{ ok: false, title: "no repository to check", fix: (error as Error).message }];
  }
  const checked =
    input.roadmap === undefined ? undefined : validateRoadmap(input.roadmap, "roadmap/roadmap.yml");
  const workflowFile = scheduledWorkflow(input);
  return onlineChecks(scope, {
    roadmap: checked?.ok ? checked.roadmap : undefined,
    ...(workflowFile ? { workflowFile } : {}),
    board: {
      github: projectGitHub(io, scope),
      token: io.env[PROJECT_TOKEN_ENV]
        ? PROJECT_TOKEN_ENV
        : io.env.GITHUB_TOKEN
          ? "GITHUB_TOKEN"
          : "GH_TOKEN",
    },
  });
}

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandLine(args, OPTIONS, USAGE);
  const dir = resolve(io.cwd, positionals[0] ?? ".");
  const input = await readDoctorInput(dir);
  const checks = doctorChecks(input);
  if (!values.offline) checks.push(...(await online(io, input, values.repo, dir)));
  io.stdout(`${formatChecks(checks)}\n`);
  const failed = checks.filter((check) => !check.ok).length;
  io.stdout(
    failed ? `\n${failed} of ${checks.length} checks failed\n` : `\nall ${checks.length} checks passed\n`,
  );
  return failed ? 1 : 0;
};
