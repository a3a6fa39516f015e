import { describe, expect, it } from "vitest";
import { planFor } from "../../action/event.js";
import { InputError, readInputs } from "../../action/inputs.js";

const from = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("inputs", () => {
  it("applies the defaults of action.yml", () => {
    expect(readInputs(from({ token: "t" }))).toEqual({
      command: "auto",
      token: "t",
      "roadmap-path": "roadmap/roadmap.yml",
      "readme-path": "README.md",
      "dry-run": false,
      date: undefined,
      timezone: "UTC",
      "max-writes": 400,
    });
  });

  it("reads max-writes as a whole number from 1 to 500 (GitHub's content-creation cap an hour)", () => {
    expect(readInputs(from({ token: "t", "max-writes": "120" }))["max-writes"]).toBe(120);
    expect(() => readInputs(from({ token: "t", "max-writes": "0" }))).toThrow(
      'input "max-writes" must be between 1 and 500 (GitHub allows 500 content-creating requests an hour) (got "0")',
    );
    expect(() => readInputs(from({ token: "t", "max-writes": "lots" }))).toThrow(
      'input "max-writes" must be a whole number of writes, e.g. 400 (got "lots")',
    );
  });

  it("names every bad input and what it accepts, never echoing the token", () => {
    const read = () =>
      readInputs(
        from({
          token: "",
          command: "ALL",
          "dry-run": "yes",
          timezone: "Mars/Base",
          "roadmap-path": "../x.yml",
        }),
      );
    expect(read).toThrow(InputError);
    expect(read).toThrow(
      [
        'input "command" must be one of auto, sync, readme, daily, all, doctor (got "ALL")',
        'input "token" is empty: pass `token: ${{ github.token }}` (the default) or a token with issues and contents write',
        'input "roadmap-path" must be a path inside the repository, like the default (the roadmap file) (got "../x.yml")',
        'input "dry-run" must be true or false (got "yes")',
        'input "timezone" must be an IANA time zone such as UTC or Europe/Berlin (got "Mars/Base")',
      ].join("\n"),
    );
  });

  it("accepts TRUE for dry-run and a real date", () => {
    expect(readInputs(from({ token: "t", "dry-run": "TRUE", date: "2026-02-28" }))).toMatchObject({
      "dry-run": true,
      date: "2026-02-28",
    });
    expect(() => readInputs(from({ token: "t", date: "2026-02-30" }))).toThrow(/input "date" must be a date/);
  });
});

describe("command: auto", () => {
  const event = (name: string, payload: Record<string, unknown> = {}) => ({ name, payload });
  it("maps events to steps", () => {
    expect(planFor("auto", event("schedule"))).toEqual({ steps: ["sync", "daily", "readme"] });
    expect(planFor("auto", event("workflow_dispatch"))).toEqual({ steps: ["sync", "daily", "readme"] });
    expect(planFor("auto", event("push"))).toEqual({ steps: ["sync", "readme"] });
    expect(planFor("auto", event("issues"))).toEqual({ steps: ["issue-event", "readme"] });
    expect(planFor("auto", event("issue_comment", { issue: { labels: [{ name: "daily" }] } }))).toEqual({
      steps: ["readme"],
    });
    expect(planFor("auto", event("issue_comment", { issue: { labels: [] } }))).toMatchObject({
      skip: expect.any(String),
    });
    expect(planFor("auto", event("pull_request"))).toEqual({ steps: ["notes", "readme"] });
    expect(planFor("auto", event("pull_request_target"))).toEqual({ steps: ["notes", "readme"] });
    expect(() => planFor("auto", event("release"))).toThrow(/does not know what to do on a "release" event/);
  });

  it("an explicit command ignores the event", () => {
    expect(planFor("all", event("pull_request"))).toEqual({ steps: ["sync", "daily", "readme"] });
    expect(planFor("readme", event("release"))).toEqual({ steps: ["readme"] });
  });
});
