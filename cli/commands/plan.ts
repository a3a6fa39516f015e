// `roadmap plan [FILE] [--repo owner/name] [--file F] [--json]`: what a sync would change,
// read only. --json prints each operation with its method, path and body as fields.
import { boardChanges } from "../../core/board/batch.js";
import { describeRequest, requestParts } from "../../core/github/plan/operation.js";
import { planSync } from "../../core/sync/sync.js";
import { githubTarget, projectGitHub } from "../github-env.js";
import { boardAccess, planBoardAfterIssues } from "../../core/board/access.js";
import type { Operation } from "../../core/github/plan/operation.js";
import type { Command } from "../io.js";
import { parseCommandLine } from "../args.js";
import { DEFAULT_ROADMAP_FILE, readRoadmap, roadmapFileFor } from "../user-files.js";
import { repositoryName } from "../repo-name.js";

const USAGE = "usage: roadmap plan [<file> | --file <file>] [--repo owner/name] [--json]";
export const HELP = `${USAGE}

Shows what a sync would change on GitHub, reading only. Needs GITHUB_TOKEN (or GH_TOKEN).
With a Projects board (settings.project), what it would send to the board too (read with
ROADMAP_PROJECT_TOKEN, else the same token), for the topics that have an issue.

  <file>, -f, --file <file>   the roadmap (default: ${DEFAULT_ROADMAP_FILE} of this repository)
  --repo owner/name           the repository (default: GITHUB_REPOSITORY, else the GitHub
                              repository of \`git remote get-url origin\`)
  --json                      print JSON: the summary, and each operation's kind, topic,
                              section, summary, method, path, body and request (and, with a
                              board, its project, summary and operations under "board")
  -h, --help                  show this help
`;

const OPTIONS = {
  repo: { type: "string" },
  file: { type: "string", short: "f" },
  json: { type: "boolean", default: false },
} as const;

export const run: Command = async (args, io) => {
  const { values, positionals } = parseCommandLine(args, OPTIONS, USAGE);
  // The roadmap is validated before anything talks to GitHub.
  const { roadmap } = await readRoadmap(io, roadmapFileFor(io, values.file ?? positionals[0]));
  const target = githubTarget(io, await repositoryName(io, values.repo));
  const result = await planSync(target, roadmap);
  const access = boardAccess(roadmap, projectGitHub(io, target));
  const board = access
    ? await planBoardAfterIssues(target, access, roadmap, result.snapshot.issues)
    : undefined;
  const boardSaid = board
    ? board.error
      ? "not read (see the warning)"
      : boardChanges(board.operations, true)
    : "";
  if (values.json) {
    const json = (ops: readonly Operation[]) =>
      ops.map((op) => ({
        kind: op.kind,
        topic: op.topicId ?? null,
        section: op.sectionId ?? null,
        summary: op.summary,
        ...requestParts(op),
        request: describeRequest(op),
      }));
    const boardJson = board
      ? { board: { project: board.project, summary: boardSaid, operations: json(board.operations) } }
      : {};
    io.stdout(
      `${JSON.stringify({ summary: result.summary, operations: json(result.operations), ...boardJson }, null, 2)}
`,
    );
    return 0;
  }
  io.stdout(`${target.repo.owner}/${target.repo.repo}: ${result.summary}\n`);
  for (const op of result.operations) io.stdout(`  ${op.summary}\n`);
  if (board) {
    io.stdout(`${board.project}: ${boardSaid}\n`);
    for (const op of board.operations) io.stdout(`  ${op.summary}\n`);
  }
  return 0;
};
