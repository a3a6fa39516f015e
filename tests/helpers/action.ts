// Runs the Action through its real entry (action/runner.ts run()) the way the runner
// does: inputs as INPUT_* variables, the event as a payload file, the repository checkout
// in GITHUB_WORKSPACE, outputs and the job summary written to files. GitHub is the
// in-memory FakeGitHub behind nock, extended here with the routes only the Action uses.
// No vitest import: `npm run bench` (bench/action.ts) runs the same scenarios.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as core from "@actions/core";
import nock from "nock";
import type { RunOptions } from "../../action/runner.js";
import { run } from "../../action/runner.js";
import type { FakeGitHub } from "./fake-github.js";
import { API, REPO } from "./constants.js";
import { testGitHub } from "./test-client.js";
import { SEED_YML_PATH } from "./seed.js";

export const NOW = new Date("2026-11-26T06:17:00Z");
export const TODAY = "2026-11-26";

export const README = [
  "# Backend-Focused Learning Roadmap",
  "",
  "Text the learner wrote stays as it is.",
  "",
  "<!-- roadmap:start -->",
  "<!-- roadmap:end -->",
  "",
  "## Footer",
  "",
].join("\n");

const ROOT = new URL("../../", import.meta.url);

export interface Workspace {
  dir: string;
  write(path: string, text: string): void;
}

/** A checkout: roadmap/roadmap.yml (the seed fixture), roadmap/leetcode.yml, README.md. */
export function workspace(readme = README): Workspace {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-action-"));
  mkdirSync(join(dir, "roadmap"));
  copyFileSync(SEED_YML_PATH, join(dir, "roadmap/roadmap.yml"));
  copyFileSync(new URL("roadmap/leetcode.yml", ROOT), join(dir, "roadmap/leetcode.yml"));
  writeFileSync(join(dir, "README.md"), readme);
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
  };
}

/** An event payload from tests/fixtures/events/, changed by `edit`, written to a file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixture payloads are deep webhook JSON edited in place
export function eventFile(name: string, edit?: (payload: any) => void): string {
  const payload = JSON.parse(readFileSync(new URL(`tests/fixtures/events/${name}.json`, ROOT), "utf8"));
  edit?.(payload);
  const path = join(mkdtempSync(join(tmpdir(), "roadmap-event-")), "event.json");
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

export interface ActionRun {
  failed: boolean;
  /** Everything the Action printed: logs and workflow commands (::error …). */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Reads the GITHUB_OUTPUT file (name<<delimiter … delimiter blocks). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

export async function runAction(options: {
  workspace: Workspace;
  inputs?: Record<string, string>;
  event?: { name: string; path?: string };
  env?: Record<string, string>;
  run?: RunOptions;
}): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), "roadmap-files-"));
  const outputFile = join(files, "output");
  const summaryFile = join(files, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const event = options.event ?? { name: "workflow_dispatch", path: eventFile("workflow_dispatch") };
  const env: Record<string, string> = {
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`,
    GITHUB_WORKSPACE: options.workspace.dir,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: event.path ?? "",
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: API,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_WORKFLOW_REF: `${REPO.owner}/${REPO.repo}/.github/workflows/roadmap.yml@refs/heads/main`,
    INPUT_TOKEN: "ghs_test-token",
    ...Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
    ...options.env,
  };
  // The runner reads process.env (as @actions/core does): set it for the run, then put it back.
  const saved = new Map(Object.keys(env).map((name) => [name, process.env[name]]));
  for (const name of Object.keys(process.env))
    if (name.startsWith("INPUT_")) saved.set(name, process.env[name]);
  for (const name of saved.keys()) delete process.env[name];
  Object.assign(process.env, env);

  let stdout = "";
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
    return true;
  }) as typeof process.stdout.write;
  // @actions/core keeps the first GITHUB_STEP_SUMMARY path it saw: each run has its own file.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  try {
    // The Octokit is injected (no throttling: its write spacing would make each test take
    // seconds); octokit/create-client.ts is tested on its own (tests/octokit).
    await run({ now: () => NOW, github: testGitHub(), ...options.run });
  } finally {
    process.stdout.write = write;
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  const failed = process.exitCode === 1;
  process.exitCode = undefined;
  return {
    failed,
    stdout,
    outputs: parseOutputs(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
  };
}

/**
 * The routes the Action uses besides FakeGitHub's: writing contents (with the sha check
 * that yields 409), pinning through GraphQL, the repository (for the keep-alive) and
 * enabling a workflow. Each request is recorded in fake.requests like the others.
 */
export function interceptActionRoutes(fake: FakeGitHub, options: { pushedAt?: string } = {}): nock.Scope {
  const base = `/repos/${REPO.owner}/${REPO.repo}`;
  const record = (method: string, uri: string, body?: unknown) =>
    fake.requests.push({ method, path: decodeURIComponent(uri), ...(body === undefined ? {} : { body }) });
  const scope = nock(API).persist();
  scope.put(new RegExp(`^${base}/contents/(.+)$`)).reply((uri, body) => {
    record("PUT", uri, body);
    const path = decodeURIComponent(uri.slice(`${base}/contents/`.length));
    const { content, sha } = body as { content: string; sha?: string };
    const current = fake.files.get(path);
    if (current !== undefined && sha !== `sha-${current.length}`)
      return [409, { message: `${path} does not match ${sha}` }];
    if (current === undefined && sha !== undefined) return [409, { message: `${path} does not exist` }];
    fake.files.set(path, Buffer.from(content, "base64").toString());
    return [
      current === undefined ? 201 : 200,
      { content: { path }, commit: { sha: `commit-${fake.requests.length}` } },
    ];
  });
  scope.post("/graphql").reply((uri, body) => {
    record("POST", uri, body);
    return [200, { data: { pinIssue: { issue: { number: 1 } } } }];
  });
  scope.get(base).reply((uri) => {
    record("GET", uri);
    return [
      200,
      { full_name: `${REPO.owner}/${REPO.repo}`, pushed_at: options.pushedAt ?? "2026-11-20T00:00:00Z" },
    ];
  });
  scope.put(new RegExp(`^${base}/actions/workflows/[^/]+/enable$`)).reply((uri) => {
    record("PUT", uri);
    return [204, ""];
  });
  return scope;
}
