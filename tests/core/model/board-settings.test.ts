import { describe, expect, it } from "vitest";
import { projectRefOf } from "../../../core/board/project-ref.js";
import { validateRoadmap } from "../../../core/validate/validate-roadmap.js";

const roadmap = (project: string, topic = "") =>
  [
    "title: T",
    "settings:",
    `  project: ${project}`,
    "sections:",
    "  - id: s",
    "    title: S",
    "    topics:",
    "      - id: a",
    "        title: A",
    "        priority: high",
    "        difficulty: easy",
    "        time: short",
    topic,
  ].join("\n");

const problems = (text: string) => {
  const result = validateRoadmap(text, "r.yml");
  return result.ok ? [] : result.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
};

describe("settings.project and the topics' dates", () => {
  it("takes a user's or an organization's project URL, or { owner, number }", () => {
    for (const [setting, ref] of [
      [
        "https://github.com/users/octo-learner/projects/3",
        { owner: "octo-learner", number: 3, ownerType: "user" },
      ],
      [
        "https://github.com/orgs/roadmap-ops/projects/12/",
        { owner: "roadmap-ops", number: 12, ownerType: "organization" },
      ],
      ["{ owner: octo-learner, number: 3 }", { owner: "octo-learner", number: 3 }],
    ] as const) {
      const result = validateRoadmap(roadmap(setting), "r.yml");
      expect(result.ok).toBe(true);
      if (result.ok) expect(projectRefOf(result.roadmap)).toEqual(ref);
    }
  });

  it("says what a project is at file:line:col", () => {
    expect(problems(roadmap("https://github.com/octo-learner/roadmap"))).toEqual([
      '3:12 settings.project "https://github.com/octo-learner/roadmap" is not valid: a project is its URL (https://github.com/users/NAME/projects/N or https://github.com/orgs/NAME/projects/N) or { owner: NAME, number: N }',
    ]);
    expect(problems(roadmap("{ owner: octo, number: 0 }"))).toEqual([
      "3:35 settings.project.number is 1 or more: the N of …/projects/N",
    ]);
    expect(problems(roadmap("{ owner: octo, numbr: 2 }"))).toEqual([
      "3:3 settings.project is not valid: a project is its URL (https://github.com/users/NAME/projects/N or https://github.com/orgs/NAME/projects/N) or { owner: NAME, number: N }",
    ]);
  });

  it("takes the URL as the browser shows it, a view or a query after it; not project 0", () => {
    for (const url of [
      "https://github.com/users/octo-learner/projects/3/views/1",
      "https://github.com/orgs/roadmap-ops/projects/3/views/2?query=is%3Aopen",
    ]) {
      const result = validateRoadmap(roadmap(url), "r.yml");
      expect(result.ok && projectRefOf(result.roadmap)).toMatchObject({ number: 3 });
    }
    expect(problems(roadmap("https://github.com/users/octo-learner/projects/0"))).toHaveLength(1);
  });

  it("reports a date that is no day once, without comparing it with the other", () => {
    expect(
      problems(
        roadmap("{ owner: octo, number: 2 }", "        start: 2027-13-01\n        target: 2027-01-31"),
      ),
    ).toEqual(["13:9 the start date 2027-13-01 is no day of the calendar"]);
  });

  it("checks start: and target: as dates, the target not before the start", () => {
    expect(problems(roadmap("{ owner: octo, number: 2 }", "        start: 2027-02-30"))).toEqual([
      "13:9 the start date 2027-02-30 is no day of the calendar",
    ]);
    expect(problems(roadmap("{ owner: octo, number: 2 }", "        start: Feb 3"))).toEqual([
      '13:16 start "Feb 3" is not valid: a start date is written YYYY-MM-DD, e.g. 2027-01-15',
    ]);
    expect(
      problems(
        roadmap("{ owner: octo, number: 2 }", "        start: 2027-02-03\n        target: 2027-01-01"),
      ),
    ).toEqual(["14:9 the target date 2027-01-01 is before the start date 2027-02-03"]);
    expect(
      problems(
        roadmap("{ owner: octo, number: 2 }", "        start: 2027-01-04\n        target: 2027-02-01"),
      ),
    ).toEqual([]);
  });
});
