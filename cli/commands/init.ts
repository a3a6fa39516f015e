// `roadmap init [DIR] [--from FILE.md] [--force]`: a learner's repository, ready to push.
// The file contents come from core/scaffold; this command only reads the inputs, decides
// what to keep and writes. Nothing is written when the roadmap does not validate, and an
// existing file is kept unless --force says otherwise.
import { readFile, mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { importMarkdown } from "../../core/import/markdown.js";
import { roadmapToYaml } from "../../core/import/to-yaml.js";
import type { PackageInfo } from "../../core/scaffold/action-ref.js";
import { actionRef, githubRepository } from "../../core/scaffold/action-ref.js";
import { ROADMAP_FILE, scaffoldFiles } from "../../core/scaffold/files.js";
import { doctorChecks, formatChecks } from "../../core/doctor/checks.js";
import { nextSteps } from "../../core/scaffold/next-steps.js";
import { STARTER_ROADMAP } from "../../core/scaffold/starter-roadmap.js";
import { formatProblem, validateRoadmap } from "../../core/validate/validate-roadmap.js";
import type { CliIO, Command } from "../io.js";
import { displayPath, readUserFile } from "../user-files.js";
import { readDoctorInput } from "./doctor.js";
import { summarizeRoadmap } from "../text.js";
import { parseCommandLine } from "../args.js";

const USAGE = "usage: roadmap init [DIR] [--from FILE.md] [--force]";
export const HELP = `${USAGE}

Writes your own roadmap repository into DIR (default: the working directory): roadmap/roadmap.yml,
roadmap/schema.json, README.md with the progress block, .github/workflows/roadmap.yml on the
published Action, notes/README.md and a pull request template. Then the next steps.

  DIR               where to write (created when missing)
  --from FILE.md    import your Markdown roadmap instead of the starter one
  --force           overwrite files that exist (without it they are kept, and named)
  -h, --help        show this help
`;

/** This package's package.json: its repository and version name the Action to use. */
const PACKAGE_JSON = new URL("../../package.json", import.meta.url);

function parse(args: string[]) {
  const { values, positionals } = parseCommandLine(
    args,
    { from: { type: "string" }, force: { type: "boolean", default: false } },
    USAGE,
  );
  return { dir: positionals[0] ?? ".", from: values.from, force: values.force ?? false };
}

function decodeUtf8(bytes: Uint8Array, shown: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${shown} is not UTF-8 text`);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The roadmap YAML the new repository will hold, from --from or the starter roadmap. */
async function newRoadmapYaml(io: CliIO, from: string | undefined): Promise<string> {
  if (from === undefined) return roadmapToYaml(STARTER_ROADMAP);
  const shown = displayPath(io, from);
  const imported = importMarkdown(decodeUtf8(await readUserFile(io, from), shown));
  for (const warning of imported.warnings) io.stderr(`${shown}: warning: ${warning}\n`);
  io.stderr(`${shown}: ${imported.summary}\n`);
  return roadmapToYaml(imported.roadmap);
}

export const run: Command = async (args, io) => {
  const options = parse(args);
  const root = resolve(io.cwd, options.dir);
  const roadmapPath = join(root, ROADMAP_FILE);
  const shownRoadmap = displayPath(io, roadmapPath);

  // An existing roadmap is the learner's work: it is kept (and the other files are made
  // from it) unless --force replaces it.
  const keepRoadmap = !options.force && (await exists(roadmapPath));
  if (keepRoadmap && options.from !== undefined) {
    io.stderr(`${shownRoadmap} exists: kept, --from ignored (use --force to replace it with the import)\n`);
  }
  const roadmapYaml = keepRoadmap
    ? decodeUtf8(await readFile(roadmapPath), shownRoadmap)
    : await newRoadmapYaml(io, options.from);
  const checked = validateRoadmap(roadmapYaml, shownRoadmap);
  if (!checked.ok) {
    for (const problem of checked.problems) io.stderr(`${formatProblem(problem)}\n`);
    io.stderr(`${shownRoadmap} is not a valid roadmap (see above): nothing was written\n`);
    return 1;
  }

  const pkg = JSON.parse(await readFile(PACKAGE_JSON, "utf8")) as PackageInfo;
  const { owner, repo } = githubRepository(pkg.repository);
  const files = scaffoldFiles({
    roadmapYaml,
    roadmap: checked.roadmap,
    action: actionRef(pkg),
    toolUrl: `https://github.com/${owner}/${repo}`,
  });

  const kept: string[] = [];
  for (const file of files) {
    const path = join(root, file.path);
    const shown = displayPath(io, path);
    if (file.path === ROADMAP_FILE && keepRoadmap) {
      kept.push(shown);
      continue;
    }
    if (!options.force && (await exists(path))) {
      kept.push(shown);
      continue;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
    io.stdout(`wrote ${shown}\n`);
  }
  for (const shown of kept) io.stdout(`kept ${shown} (already there; --force overwrites it)\n`);
  io.stdout(`\n${shownRoadmap}: ${summarizeRoadmap(checked.roadmap)}.\n\n`);
  // What `roadmap doctor --offline` would flag in the result (a kept README without the
  // markers, a daily difficulty the pool lacks): better said now than on the first run.
  const problems = doctorChecks(await readDoctorInput(root)).filter((check) => !check.ok);
  if (problems.length) io.stdout(`Before you push:\n${formatChecks(problems)}\n\n`);
  io.stdout(nextSteps({ dir: options.dir, actionRepository: `${owner}/${repo}` }));
  return 0;
};
