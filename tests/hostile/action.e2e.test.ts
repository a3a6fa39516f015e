// The hostile corpus against the Action, through its runner (helpers/action.ts): a roadmap
// from a fork (checked out by a pull_request workflow) whose titles carry workflow commands,
// and GitHub error bodies that would be printed whole. GitHub is FakeGitHub or a recording
// nock; each test asserts what was written (nothing) and what reached the log.
import { stringify } from "yaml";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_ERROR_TEXT } from "../../action/errors.js";
import { interceptActionRoutes, runAction, workspace } from "../helpers/action.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { API, REPO_PATH, trackUnmatched } from "../helpers/github.js";
import { SMALL_ROADMAP_INPUT } from "../helpers/roadmaps.js";

const unmatched = trackUnmatched();
afterEach(() => {
  nock.cleanAll();
  expect(unmatched.unmatched).toEqual([]);
});

/** Lines the runner would read as workflow commands, other than the ones the Action itself issues. */
function injectedCommands(stdout: string): string[] {
  // core.setFailed and core.error escape their text into one command line of their own.
  const ours =
    /^::(group::|endgroup::|debug::|add-mask::ghs_test-token$|error::|error title=Invalid roadmap,)/;
  return stdout
    .split(/\r?\n/)
    .filter((line) => /^\s*(::|##\[)/.test(line))
    .filter((line) => !ours.test(line.trimStart()));
}

function forkRoadmap(): string {
  const roadmap = structuredClone(SMALL_ROADMAP_INPUT);
  roadmap.sections[1]!.title = "Backend\n::add-mask::everything";
  roadmap.sections[1]!.topics[0]!.title =
    "Redis\r\n::error title=pwned::the build is owned\n::stop-commands::x";
  roadmap.sections[1]!.topics[1]!.title = "  ::warning file=a::x\u2028##[error]old syntax";
  return stringify(roadmap);
}

describe("workflow commands in a fork's roadmap (issue 12, finding 4)", () => {
  it("a dry-run sync logs the titles on one line each, never as a command, and writes nothing", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    interceptActionRoutes(fake);
    const checkout = workspace();
    checkout.write("roadmap/roadmap.yml", forkRoadmap());
    const result = await runAction({
      workspace: checkout,
      inputs: { command: "sync", "dry-run": "true" },
    });
    expect(result.failed).toBe(false);
    expect(result.stdout).toContain("[dry run] create issue");
    expect(injectedCommands(result.stdout)).toEqual([]);
    expect(fake.writes).toEqual([]);
  });

  it("a real sync logs each write's summary as one inert line", async () => {
    const fake = new FakeGitHub();
    fake.intercept();
    interceptActionRoutes(fake);
    const checkout = workspace();
    checkout.write("roadmap/roadmap.yml", forkRoadmap());
    const result = await runAction({ workspace: checkout, inputs: { command: "sync" } });
    expect(result.failed).toBe(false);
    expect(injectedCommands(result.stdout)).toEqual([]);
    // The titles themselves reach GitHub unchanged: only the log line is neutralised.
    expect(fake.issues.map((issue) => issue.title)).toContain(
      "Redis\r\n::error title=pwned::the build is owned\n::stop-commands::x",
    );
  });
});

describe("GitHub error bodies (finding 12)", () => {
  it("are printed bounded and on one line, however long and whatever they contain", async () => {
    const huge = `boom\n::add-mask::x\n${"A".repeat(200_000)} ghs_secret-looking-token`;
    // The sync reads the labels alongside the issues: they answer, the issues do not.
    nock(API).get(`${REPO_PATH}/labels`).query(true).reply(200, []);
    const github = nock(API).get(`${REPO_PATH}/issues`).query(true).reply(500, { message: huge });
    const result = await runAction({ workspace: workspace(), inputs: { command: "sync" } });
    expect(result.failed).toBe(true);
    expect(github.isDone()).toBe(true);
    const error = result.stdout.split("\n").find((line) => line.startsWith("::error::"))!;
    expect(error).toMatch(/GitHub answered 500 to GET /);
    expect(error.length).toBeLessThan(MAX_ERROR_TEXT + 400);
    expect(error).not.toContain("ghs_secret-looking-token");
    expect(injectedCommands(result.stdout)).toEqual([]);
  });
});
