// `roadmap doctor --offline`: what a learner's repository needs before the workflow can
// run, each check with its fix. Pure: the CLI reads the files and passes their text in
// (undefined for a file that is missing).
import { parse } from "yaml";
import { roadmapJsonSchemaText } from "../model/json-schema.js";
import { practiceTopic } from "../model/roadmap.js";
import { leetCodeDifficulty, parsePool } from "../daily/pool.js";
import { BLOCK_END, BLOCK_START, findBlock } from "../readme/readme-region.js";
import { formatProblem, validateRoadmap } from "../validate/validate-roadmap.js";

export interface DoctorInput {
  roadmap?: string;
  readme?: string;
  schema?: string;
  /** The pool the Action would use: the repository's own, else the one it ships with. */
  pool?: { text: string; shown: string; own: boolean };
  /** Every file in .github/workflows/. */
  workflows: { path: string; text: string }[];
}

export interface Check {
  ok: boolean;
  /** What was checked and found, one line. */
  title: string;
  /** How to put it right (only for a failed check). */
  fix?: string;
  /** Extra lines under the title (the roadmap's problems). */
  details?: string[];
}

const ROADMAP = "roadmap/roadmap.yml";
/** What the roadmap job writes: README.md and the chart, topic issues and labels. */
const NEEDED = ["contents", "issues"] as const;
/** What the job for unmerged notes pull requests writes: their label, comment and check. */
const NEEDED_BY_NOTES_CHECK = ["pull-requests", "checks"] as const;

/** A job that runs only for pull requests not merged (the notes check) writes no issue or file. */
function neededBy(condition: unknown): readonly string[] {
  return typeof condition === "string" && /!\s*github\.event\.pull_request\.merged\b/.test(condition)
    ? NEEDED_BY_NOTES_CHECK
    : NEEDED;
}

interface WorkflowYml {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<
    string,
    { if?: unknown; permissions?: unknown; steps?: { uses?: unknown; with?: Record<string, unknown> }[] }
  >;
}

/** The roadmap-ops Action: ./action here, owner/repo/action@ref for a learner. */
function usesRoadmapAction(uses: unknown): boolean {
  return typeof uses === "string" && (uses === "./action" || /^[\w.-]+\/[\w.-]+\/action@\S+$/.test(uses));
}

function grants(permissions: unknown, scope: string): boolean {
  if (permissions === "write-all") return true;
  return (
    typeof permissions === "object" &&
    permissions !== null &&
    (permissions as Record<string, unknown>)[scope] === "write"
  );
}

function triggers(on: unknown): string[] {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.filter((name): name is string => typeof name === "string");
  return typeof on === "object" && on !== null ? Object.keys(on) : [];
}

function workflowCheck(workflows: DoctorInput["workflows"]): Check {
  const using = workflows.flatMap(({ path, text }) => {
    let parsed: WorkflowYml;
    try {
      parsed = (parse(text) ?? {}) as WorkflowYml;
    } catch {
      return [];
    }
    const jobs = Object.entries(parsed.jobs ?? {}).filter(([, job]) =>
      // A dry run (CI's read-only check) writes nothing, so it needs no write permission.
      (job.steps ?? []).some(
        (step) => usesRoadmapAction(step.uses) && String(step.with?.["dry-run"]) !== "true",
      ),
    );
    return jobs.map(([name, job]) => ({
      path,
      name,
      on: triggers(parsed.on),
      permissions: job.permissions ?? parsed.permissions,
      needs: neededBy(job.if),
    }));
  });
  if (using.length === 0) {
    return {
      ok: false,
      title: "no workflow in .github/workflows/ runs the roadmap-ops Action",
      fix: "run `roadmap init` here (it keeps your other files) or copy .github/workflows/roadmap.yml from a scaffolded repository",
    };
  }
  // Every such job needs what it writes: the roadmap job (and the notes merge) README.md,
  // issues and labels; the check of an unmerged notes pull request its label and check.
  const lacking = using.find((job) => !job.needs.every((scope) => grants(job.permissions, scope)));
  if (lacking) {
    const missing = lacking.needs.filter((scope) => !grants(lacking.permissions, scope));
    return {
      ok: false,
      title: `${lacking.path}: job "${lacking.name}" runs the Action without ${missing.map((scope) => `${scope}: write`).join(" and ")}`,
      fix: `give the job permissions: { ${missing.map((scope) => `${scope}: write`).join(", ")} } (job-level, least privilege; see a scaffolded workflow)`,
    };
  }
  const good = using[0]!;
  const missingTriggers = ["schedule", "workflow_dispatch"].filter((name) => !good.on.includes(name));
  if (missingTriggers.length) {
    return {
      ok: false,
      title: `${good.path}: no ${missingTriggers.join(" or ")} trigger (the daily problem needs the schedule; workflow_dispatch runs it by hand)`,
      fix: `add ${missingTriggers.map((name) => `${name}:`).join(" and ")} under on: (see a scaffolded .github/workflows/roadmap.yml)`,
    };
  }
  const jobs = using.map((job) => `"${job.name}"`).join(", ");
  return {
    ok: true,
    title: `${good.path}: ${using.length === 1 ? "job" : "jobs"} ${jobs} run${using.length === 1 ? "s" : ""} the Action with the permissions ${using.length === 1 ? "it needs" : "each needs"}`,
  };
}

/** With settings.project: does a job give the Action its project-token? (A GITHUB_TOKEN cannot write a board.) */
function boardTokenCheck(workflows: DoctorInput["workflows"]): Check {
  const passing = workflows.flatMap(({ path, text }) => {
    let parsed: WorkflowYml;
    try {
      parsed = (parse(text) ?? {}) as WorkflowYml;
    } catch {
      return [];
    }
    return Object.entries(parsed.jobs ?? {})
      .filter(([, job]) =>
        (job.steps ?? []).some((step) => usesRoadmapAction(step.uses) && step.with?.["project-token"]),
      )
      .map(([name]) => `${path}: "${name}"`);
  });
  return passing.length > 0
    ? { ok: true, title: `the Projects board gets its token (project-token in ${passing.join(", ")})` }
    : {
        ok: false,
        title:
          "the roadmap names a Projects board (settings.project), but no workflow job passes project-token: the Action skips the board",
        fix: "add `project-token: ${{ secrets.ROADMAP_PROJECT_TOKEN }}` under the Action's `with:` (as a scaffolded workflow does) and store a fine-grained token with Projects read and write as that secret",
      };
}

export function doctorChecks(input: DoctorInput): Check[] {
  const checks: Check[] = [];

  const checked = input.roadmap === undefined ? undefined : validateRoadmap(input.roadmap, ROADMAP);
  if (!checked) {
    checks.push({
      ok: false,
      title: `${ROADMAP} is missing`,
      fix: "run `roadmap init` here, or `roadmap import plan.md > roadmap/roadmap.yml`",
    });
  } else if (!checked.ok) {
    checks.push({
      ok: false,
      title: `${ROADMAP} is not valid (${checked.problems.length} problem${checked.problems.length === 1 ? "" : "s"})`,
      details: checked.problems.map(formatProblem),
      fix: "fix each line above; `roadmap validate` lists them again",
    });
  } else {
    checks.push({ ok: true, title: `${ROADMAP} is valid` });
  }

  if (input.readme === undefined) {
    checks.push({
      ok: false,
      title: "README.md is missing",
      fix: "run `roadmap init` here to write one with the progress block",
    });
  } else {
    try {
      findBlock(input.readme);
      checks.push({ ok: true, title: `README.md has the ${BLOCK_START} and ${BLOCK_END} lines` });
    } catch (error) {
      checks.push({
        ok: false,
        // The marker error's own "(found: …)" says which line is missing or misplaced.
        title:
          `README.md has no progress block ${/\(found: .*\)$/.exec(String(error instanceof Error ? error.message : error))?.[0] ?? ""}`.trim(),
        fix: `put the two lines ${BLOCK_START} and ${BLOCK_END} where the progress should go, then run \`roadmap render\``,
      });
    }
  }

  const schema = roadmapJsonSchemaText();
  checks.push(
    input.schema === schema
      ? { ok: true, title: "roadmap/schema.json is current" }
      : {
          ok: false,
          title: `roadmap/schema.json is ${input.schema === undefined ? "missing" : "stale"} (editors check the roadmap against it)`,
          fix: "run `roadmap schema --write`",
        },
  );

  const practice = checked?.ok ? practiceTopic(checked.roadmap) : undefined;
  if (checked?.ok && !practice) {
    checks.push({ ok: true, title: "no practice topic, so no daily problem and no pool needed" });
  } else if (practice?.topic.practice) {
    const want = practice.topic.practice.difficulty;
    const source = input.pool;
    let count = 0;
    let broken: string | undefined;
    try {
      count = source
        ? parsePool(source.text, source.shown).problems.filter(
            (p) => p.difficulty === leetCodeDifficulty(want),
          ).length
        : 0;
    } catch (error) {
      broken = (error instanceof Error ? error.message : String(error))
        .split(/\n/)
        .map((line) => line.trim())
        .slice(0, 2)
        .join(" ");
    }
    const where = source?.shown ?? "roadmap/leetcode.yml";
    checks.push(
      count > 0
        ? { ok: true, title: `${where} has ${count} ${want} problems for "${practice.topic.title}"` }
        : {
            ok: false,
            title:
              broken ?? `${where} has no ${want} problems, the daily difficulty of "${practice.topic.title}"`,
            fix: `build a pool with them, in the roadmap-ops clone: \`npx roadmap leetcode-pool --difficulty ${want} --out <your repo>/roadmap/leetcode.yml --write\`, and commit it; or set practice: { difficulty: medium }`,
          },
    );
  }

  checks.push(workflowCheck(input.workflows));
  if (checked?.ok && checked.roadmap.settings?.project !== undefined)
    checks.push(boardTokenCheck(input.workflows));
  return checks;
}

/** ✓ / ✗ lines, the fix indented under each failure. */
export function formatChecks(checks: Check[]): string {
  return checks
    .map((check) =>
      [
        `${check.ok ? "✓" : "✗"} ${check.title}`,
        ...(check.details ?? []).map((line) => `    ${line}`),
        ...(check.fix && !check.ok ? [`    fix: ${check.fix}`] : []),
      ].join("\n"),
    )
    .join("\n");
}
