import { describe, expect, it } from "vitest";
import type { Roadmap } from "../../../core/model/schema.js";
import { allTopics } from "../../../core/model/roadmap.js";
import { syncRoadmap } from "../../../core/sync/sync.js";
import { handleIssueEvent } from "../../../core/sync/status-event.js";
import { boardAccess } from "../../../core/board/access.js";
import type { RestIssue } from "../../../core/issues/topic-issues.js";
import { FakeGitHub } from "../../helpers/fake-github.js";
import { FakeProject, operation } from "../../helpers/fake-project.js";
import { REPO, testGitHub } from "../../helpers/github.js";
import { collectingLog } from "../../helpers/log.js";
import { SEED } from "../../helpers/seed.js";
import { smallRoadmap } from "../../helpers/roadmaps.js";

const withBoard = (
  roadmap: Roadmap,
  project: NonNullable<Roadmap["settings"]>["project"] = "https://github.com/users/octo-learner/projects/3",
): Roadmap => ({
  ...roadmap,
  settings: { ...roadmap.settings, project },
});

function setUp(roadmap: Roadmap = withBoard(SEED)) {
  const fake = new FakeGitHub();
  fake.contentLimits = {};
  const board = new FakeProject().attach(fake);
  fake.intercept();
  const { log, lines } = collectingLog();
  const scope = { github: testGitHub(), repo: REPO, log };
  const access = boardAccess(roadmap, testGitHub("project-token"))!;
  return { fake, board, scope, lines, access, roadmap };
}

const names = (board: FakeProject) => board.requests.map((request) => request.name);
const NEW_FIELDS = ["Priority", "Difficulty", "Time"];

describe("the board in the sync", () => {
  it("bootstraps: every topic an item with its Status, Priority, Difficulty and Time; only the board's operations sent", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    const result = await syncRoadmap(scope, roadmap, { board: access });

    const topics = allTopics(roadmap);
    // One read (27 items fit a page), 3 fields created, 27 items added, 4 values each.
    expect(names(board)).toEqual([
      "boardProject",
      ...NEW_FIELDS.map(() => "createProjectField"),
      ...topics.map(() => "addProjectItem"),
      ...Array.from({ length: topics.length * 4 }, () => "setProjectField"),
    ]);
    expect(board.requests.filter((r) => r.name === "createProjectField").map((r) => r.variables)).toEqual([
      {
        projectId: board.id,
        name: "Priority",
        dataType: "SINGLE_SELECT",
        options: ["Low", "Medium", "High", "Critical"].map((name) =>
          expect.objectContaining({ name, description: "" }),
        ),
      },
      {
        projectId: board.id,
        name: "Difficulty",
        dataType: "SINGLE_SELECT",
        options: ["Easy", "Medium", "Hard"].map((name) => expect.objectContaining({ name })),
      },
      {
        projectId: board.id,
        name: "Time",
        dataType: "SINGLE_SELECT",
        options: ["Short", "Medium", "Long"].map((name) => expect.objectContaining({ name })),
      },
    ]);
    // Every board request with the project's token, none with the repository's.
    expect(new Set(board.requests.map((r) => r.authorization))).toEqual(new Set(["token project-token"]));
    // Nothing else went to /graphql, and the many small mutations went out in batches of 25
    // (core/board/batch.ts): 1 read, 3 fields, 27 items in 2 requests, 108 values in 5.
    expect(fake.requests.filter((r) => r.path === "/graphql")).toHaveLength(1 + 3 + 2 + 5);
    expect(board.requests.filter((r) => r.batch === "addProjectItems")).toHaveLength(topics.length);
    expect(board.requests.filter((r) => r.batch === "setProjectFields")).toHaveLength(topics.length * 4);
    expect(result.board!.operations.map((op) => op.changes ?? 1)).toEqual([
      1, 1, 1, 25, 2, 25, 25, 25, 25, 8,
    ]);

    expect(board.items).toHaveLength(topics.length);
    for (const { topic } of topics) {
      const issue = fake.issues.find((candidate) => candidate.body.includes(`roadmap:topic=${topic.id} `))!;
      const upper = (rating: string | readonly string[]) =>
        typeof rating === "string" ? rating : rating.at(-1)!;
      const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
      expect({
        Status: board.valueOf(issue.node_id, "Status"),
        Priority: board.valueOf(issue.node_id, "Priority"),
        Difficulty: board.valueOf(issue.node_id, "Difficulty"),
        Time: board.valueOf(issue.node_id, "Time"),
      }).toEqual({
        Status: "Todo",
        Priority: cap(upper(topic.priority)),
        Difficulty: cap(upper(topic.difficulty)),
        Time: cap(topic.time),
      });
    }
    expect(result.board).toMatchObject({ project: "project octo-learner/3", warnings: [] });
    expect(result.board!.operations).toHaveLength(3 + 2 + 5);
  });

  it("a dry run reads the board and prints every mutation, with stand-in ids for what it would create", async () => {
    const { fake, board, scope, access, roadmap, lines } = setUp();
    // The issues exist; the board is new.
    await syncRoadmap(scope, roadmap);
    fake.resetLog();
    const result = await syncRoadmap({ ...scope, dryRun: true }, roadmap, { board: access });
    expect(names(board)).toEqual(["boardProject"]);
    expect(fake.writes).toEqual([]);
    const topics = allTopics(roadmap).length;
    // 3 fields, then the 27 items and their 108 values in batches of 25.
    expect(result.board!.operations).toHaveLength(3 + 2 + 5);
    expect(result.board!.operations.reduce((sum, op) => sum + (op.changes ?? 1), 0)).toBe(3 + topics * 5);
    const printed = lines.filter((line) => line.startsWith("info: [dry run] board:"));
    expect(printed).toHaveLength(3 + 2 + 5);
    expect(printed.at(-1)).toMatch(
      /^info: \[dry run\] board: 8 values \(#\d+ .*, … and 5 more\): POST \/graphql \{"query":"mutation setProjectFields.*"item7":"new:I_fake\d+","field7":"new:Time","value7":\{"singleSelectOptionId":"new:Time:\w+"\}\}\}$/,
    );
  });

  it("a second sync reads the board once and writes nothing", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    await syncRoadmap(scope, roadmap, { board: access });
    fake.resetLog();
    board.requests.length = 0;
    const again = await syncRoadmap(scope, roadmap, { board: access });
    expect(board.requests).toEqual([
      {
        name: "boardProject",
        variables: { owner: "octo-learner", number: 3 },
        authorization: "token project-token",
      },
    ]);
    expect(fake.writes).toEqual([]);
    expect(again.board!.operations).toEqual([]);
  });

  it("pages through more than 100 items: ceil(items / 100) reads, then nothing to write", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    await syncRoadmap(scope, roadmap, { board: access });
    // Other items on the board (another repository's issues): 27 + 180 = 207 items, 3 pages.
    for (let i = 0; i < 180; i++) board.addItem(`I_elsewhere${i}`);
    board.requests.length = 0;
    fake.resetLog();
    await syncRoadmap(scope, roadmap, { board: access });
    expect(board.requests.map((r) => [r.name, r.variables])).toEqual([
      ["boardProject", { owner: "octo-learner", number: 3 }],
      ["boardItems", { projectId: board.id, after: "cursor:100" }],
      ["boardItems", { projectId: board.id, after: "cursor:200" }],
    ]);
    expect(fake.writes).toEqual([]);
  });

  it("finds items and values past the first page (an item on page 3 is not added again)", async () => {
    const { board, scope, access, roadmap } = setUp();
    for (let i = 0; i < 250; i++) board.addItem(`I_elsewhere${i}`);
    await syncRoadmap(scope, roadmap, { board: access });
    board.requests.length = 0;
    await syncRoadmap(scope, roadmap, { board: access });
    expect(board.mutations).toEqual([]);
    expect(board.items).toHaveLength(250 + allTopics(roadmap).length);
  });

  it("follows a topic's status and levels: only what differs is written", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    await syncRoadmap(scope, roadmap, { board: access });
    const first = allTopics(roadmap)[0]!.topic;
    const issue = fake.issues.find((candidate) => candidate.body.includes(`roadmap:topic=${first.id} `))!;
    Object.assign(issue, { state: "closed", state_reason: "completed" });
    const changed = structuredClone(roadmap);
    changed.sections[0]!.topics[0]!.time = first.time === "long" ? "short" : "long";
    board.requests.length = 0;
    await syncRoadmap(scope, changed, { board: access });
    expect(board.mutations.map((r) => r.variables)).toEqual([
      expect.objectContaining({
        itemId: board.item(issue.node_id)!.id,
        fieldId: "PVTSSF_status",
        value: { singleSelectOptionId: "opt_done" },
      }),
      expect.objectContaining({ itemId: board.item(issue.node_id)!.id, fieldId: board.field("Time")!.id }),
    ]);
    expect(board.valueOf(issue.node_id, "Time")).toBe(first.time === "long" ? "Short" : "Long");
  });

  it("a topic back in the roadmap: its reopened issue's item goes back to Todo in the same sync", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    await syncRoadmap(scope, roadmap, { board: access });
    const first = roadmap.sections[1]!.topics[0]!;
    const without: Roadmap = structuredClone(roadmap);
    without.sections[1]!.topics.shift();
    await syncRoadmap(scope, without, { board: access });
    const issue = fake.issues.find((candidate) => candidate.body.includes(`roadmap:topic=${first.id} `))!;
    expect(issue.state).toBe("closed");
    await syncRoadmap(scope, roadmap, { board: access });
    expect(issue.state).toBe("open");
    expect(board.valueOf(issue.node_id, "Status")).toBe("Todo");
  });

  it("a dropped topic takes the board's Dropped-like option, or shows no Status (never Done)", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    await syncRoadmap(scope, roadmap, { board: access });
    const issue = fake.issues[0]!;
    Object.assign(issue, { state: "closed", state_reason: "not_planned" });
    await syncRoadmap(scope, roadmap, { board: access });
    expect(board.valueOf(issue.node_id, "Status")).toBeUndefined();
    expect(board.requests.at(-1)!.name).toBe("clearProjectField");
    board.field("Status")!.options!.push({ id: "opt_wont", name: "won't do" });
    await syncRoadmap(scope, roadmap, { board: access });
    expect(board.valueOf(issue.node_id, "Status")).toBe("won't do");
  });

  it("uses the board's own fields and options, matched by name whatever the case; a missing option is a warning", async () => {
    const { board, scope, access, roadmap, lines } = setUp();
    board.fields.push({
      id: "PVTSSF_prio",
      name: "priority",
      dataType: "SINGLE_SELECT",
      options: [
        { id: "p_low", name: "LOW" },
        { id: "p_medium", name: "medium" },
        { id: "p_high", name: "High" },
      ],
    });
    await syncRoadmap(scope, roadmap, { board: access });
    const created = board.requests
      .filter((r) => r.name === "createProjectField")
      .map((r) => r.variables.name);
    expect(created).toEqual(["Difficulty", "Time"]);
    const critical = allTopics(roadmap).filter(({ topic }) => [topic.priority].flat().at(-1) === "critical");
    expect(critical.length).toBeGreaterThan(0);
    expect(lines.join("\n")).toContain(`the board's field "priority" has no option "Critical"`);
  });

  it("creates Start date and Target date fields only when topics have dates, and writes the dates", async () => {
    const dated = smallRoadmap((input) => {
      input.settings = { project: { owner: "octo-learner", number: 3 } };
      const topic = input.sections[0]!.topics[0]!;
      Object.assign(topic, { start: "2027-01-04", target: "2027-02-01" });
    });
    const { board, scope, access, fake } = setUp(dated);
    await syncRoadmap(scope, dated, { board: access });
    expect(
      board.requests
        .filter((r) => r.name === "createProjectField")
        .map((r) => [r.variables.name, r.variables.dataType]),
    ).toEqual([
      ["Priority", "SINGLE_SELECT"],
      ["Difficulty", "SINGLE_SELECT"],
      ["Time", "SINGLE_SELECT"],
      ["Start date", "DATE"],
      ["Target date", "DATE"],
    ]);
    const issue = fake.issues[0]!;
    expect(board.valueOf(issue.node_id, "Start date")).toBe("2027-01-04");
    expect(board.valueOf(issue.node_id, "Target date")).toBe("2027-02-01");
    const undated = setUp(withBoard(SEED));
    await syncRoadmap(undated.scope, undated.roadmap, { board: undated.access });
    expect(undated.board.field("Start date")).toBeUndefined();
  });

  it("a lost answer to a mutation is sent again (idempotent): one item, no duplicate", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    fake.fail({
      on: { method: "POST", path: /^\/graphql$/, body: operation("addProjectItems") },
      kind: "lost",
    });
    const result = await syncRoadmap(scope, roadmap, { board: access });
    // The first batch of 25 landed but its answer was lost: sent again whole, no item twice.
    const adds = board.requests.filter((r) => r.name === "addProjectItem");
    expect(adds).toHaveLength(allTopics(roadmap).length + 25);
    expect(adds.slice(0, 25)).toEqual(adds.slice(25, 50));
    expect(board.items).toHaveLength(allTopics(roadmap).length);
    expect(result.board!.faults).toEqual([
      expect.stringMatching(
        /^HTTP 502 on POST \(board: 25 items added \(add #1 .*\)\): it had not landed, sent again$/,
      ),
    ]);
  });

  it("a lost field creation is looked for by name: found, not created twice", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    fake.fail({
      on: { method: "POST", path: /^\/graphql$/, body: operation("createProjectField") },
      kind: "lost",
    });
    const result = await syncRoadmap(scope, roadmap, { board: access });
    expect(names(board).slice(0, 5)).toEqual([
      "boardProject",
      "createProjectField",
      "projectFields",
      "createProjectField",
      "createProjectField",
    ]);
    expect(board.fields.filter((f) => f.name === "Priority")).toHaveLength(1);
    expect(result.board!.faults).toEqual([expect.stringContaining("it had landed, not sent again")]);
    // Its values were still set, with the field read back.
    expect(board.valueOf(fake.issue(1).node_id, "Priority")).toBe("High");
  });
});

describe("the board refusing", () => {
  it("a token that may read but not write: the first mutation's refusal is a warning with the fix, the sync is done", async () => {
    const { fake, board, scope, access, roadmap, lines } = setUp();
    board.readOnly = true;
    const result = await syncRoadmap(scope, roadmap, { board: access });
    expect(fake.issues).toHaveLength(allTopics(roadmap).length + roadmap.sections.length);
    expect(names(board)).toEqual(["boardProject", "createProjectField"]);
    expect(result.board!.error).toMatch(
      /^project octo-learner\/3 cannot be written with this token: a GITHUB_TOKEN cannot reach a user's project/,
    );
    expect(lines.filter((line) => line.startsWith("warn: "))).toEqual([`warn: ${result.board!.error}`]);
  });

  it("a status event the token cannot write: a warning, the label is moved all the same", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    await syncRoadmap(scope, roadmap, { board: access });
    board.readOnly = true;
    Object.assign(fake.issue(1), { state: "closed", state_reason: "completed" });
    const event = { action: "closed", issue: structuredClone(fake.issue(1)) as unknown as RestIssue };
    const result = await handleIssueEvent(scope, event, { board: access });
    expect(result.operations.length).toBeGreaterThan(0);
    expect(result.board?.error).toContain("cannot be written with this token");
    expect(fake.issue(1).labels.map((label) => label.name)).toContain("status: done");
  });
});

describe("the board on a status event", () => {
  const issueOf = (fake: FakeGitHub, n: number) => structuredClone(fake.issue(n)) as unknown as RestIssue;

  it.each(["In Progress", "Doing"])(
    "a first ticked box moves its item to in progress (the board's %s)",
    async (name) => {
      const { fake, board, scope, access, roadmap } = setUp();
      board.field("Status")!.options!.find((o) => o.id === "opt_progress")!.name = name;
      await syncRoadmap(scope, roadmap, { board: access });
      const issue = fake.issue(2);
      expect(issue.body).toContain("- [ ] ");
      const before = issue.body;
      issue.body = issue.body.replace("- [ ] ", "- [x] ");
      await handleIssueEvent(
        scope,
        { action: "edited", issue: issueOf(fake, 2), changes: { body: { from: before } } },
        { board: access },
      );
      expect(board.valueOf(issue.node_id, "Status")).toBe(name);
    },
  );

  it("an event on a section's parent issue touches neither labels nor the board", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    await syncRoadmap(scope, roadmap, { board: access });
    const parent = fake.issues.find((issue) => issue.body.includes("<!-- roadmap:section="))!;
    Object.assign(parent, { state: "closed", state_reason: "completed" });
    fake.resetLog();
    board.requests.length = 0;
    const number = parent.number;
    const result = await handleIssueEvent(
      scope,
      { action: "closed", issue: issueOf(fake, number) },
      { board: access },
    );
    expect(result.operations).toEqual([]);
    expect(fake.writes).toEqual([]);
    expect(board.requests).toEqual([]);
    expect(board.item(parent.node_id)).toBeUndefined();
  });

  it("closing a topic's issue moves its item to Done: one read, one mutation", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    await syncRoadmap(scope, roadmap, { board: access });
    const issue = fake.issue(1);
    Object.assign(issue, { state: "closed", state_reason: "completed" });
    board.requests.length = 0;
    const result = await handleIssueEvent(
      scope,
      { action: "closed", issue: issueOf(fake, 1) },
      { board: access },
    );
    expect(board.requests.map((r) => [r.name, r.variables])).toEqual([
      ["boardIssueItem", { owner: "octo-learner", number: 3, issueId: issue.node_id }],
      [
        "setProjectField",
        {
          projectId: board.id,
          itemId: board.item(issue.node_id)!.id,
          fieldId: "PVTSSF_status",
          value: { singleSelectOptionId: "opt_done" },
        },
      ],
    ]);
    expect(board.valueOf(issue.node_id, "Status")).toBe("Done");
    expect(result.board?.operations).toHaveLength(1);

    // The same delivery again: the read only.
    board.requests.length = 0;
    await handleIssueEvent(scope, { action: "closed", issue: issueOf(fake, 1) }, { board: access });
    expect(names(board)).toEqual(["boardIssueItem"]);
  });

  it("an issue that is no item yet is added, then moved", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    await syncRoadmap(scope, roadmap, { board: access });
    const issue = fake.issue(2);
    board.items.splice(board.items.indexOf(board.item(issue.node_id)!), 1);
    Object.assign(issue, { state: "closed", state_reason: "completed" });
    board.requests.length = 0;
    await handleIssueEvent(scope, { action: "closed", issue: issueOf(fake, 2) }, { board: access });
    expect(names(board)).toEqual(["boardIssueItem", "addProjectItem", "setProjectField"]);
    expect(board.valueOf(issue.node_id, "Status")).toBe("Done");
  });

  it("a reopened issue goes back to Todo", async () => {
    const { fake, board, scope, access, roadmap } = setUp();
    await syncRoadmap(scope, roadmap, { board: access });
    Object.assign(fake.issue(1), { state: "closed", state_reason: "completed" });
    await handleIssueEvent(scope, { action: "closed", issue: issueOf(fake, 1) }, { board: access });
    Object.assign(fake.issue(1), { state: "open", state_reason: "reopened" });
    await handleIssueEvent(scope, { action: "reopened", issue: issueOf(fake, 1) }, { board: access });
    expect(board.valueOf(fake.issue(1).node_id, "Status")).toBe("Todo");
  });
});
