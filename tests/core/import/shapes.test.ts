// Roadmaps as people write them, in six shapes (tests/fixtures/import/*.md). For each,
// the topics and focus items a reader sees are listed here by hand; the importer must
// bring over at least 90% of them, keep every tick, and produce a roadmap that validates.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importMarkdown } from "../../../core/import/markdown.js";
import { roadmapToYaml } from "../../../core/import/to-yaml.js";
import type { RoadmapInput } from "../../../core/model/schema.js";
import { validateRoadmap } from "../../../core/validate/validate-roadmap.js";

interface Expected {
  /** Topic title -> its focus items, as a reader of the Markdown would list them. */
  topics: Record<string, string[]>;
  /** "Topic" for a topic marked done, "Topic / item" for a ticked item. */
  ticked: string[];
}

const EXPECTED: Record<string, Expected> = {
  "data-engineering": {
    topics: {
      SQL: ["joins", "window functions", "CTEs", "indexes"],
      "Python for Data": ["pandas basics", "virtual environments", "writing scripts that don't break"],
      "Linux & the Shell": ["bash", "cron", "ssh", "file permissions"],
      "Data Modeling": ["star schema", "slowly changing dimensions", "normalization"],
      "Apache Spark": ["RDDs vs DataFrames", "partitioning and shuffles", "Spark SQL", "tuning jobs"],
      Kafka: ["topics and partitions", "consumer groups", "exactly-once semantics"],
      Airflow: ["DAGs and operators", "scheduling and backfills", "sensors", "testing DAGs"],
      dbt: ["models", "tests", "documentation", "incremental models"],
      "Cloud Data Warehouses": ["BigQuery", "Snowflake", "Redshift", "cost control"],
    },
    ticked: [
      "SQL",
      "Python for Data / virtual environments",
      "Airflow / DAGs and operators",
      "Airflow / scheduling and backfills",
    ],
  },
  frontend: {
    topics: {
      HTML: ["semantic elements", "forms", "accessibility"],
      CSS: ["the box model", "flexbox and grid", "responsive design"],
      JavaScript: ["variables, scope and closures", "the event loop", "promises and async/await"],
      Git: ["branches", "rebasing", "pull requests"],
      npm: ["scripts", "semver", "lockfiles"],
      Vite: ["dev server", "build", "env variables"],
      "ESLint & Prettier": ["configs", "editor integration"],
      React: ["components and props", "state and effects", "context", "React Router"],
      TypeScript: ["types", "generics", "narrowing", "utility types"],
      "Next.js": ["routing", "server components", "data fetching"],
      Vitest: ["unit tests", "mocking"],
      Playwright: ["end-to-end tests", "fixtures", "CI runs"],
    },
    ticked: [],
  },
  checklist: {
    topics: {
      "Linear algebra": [],
      Calculus: [],
      Probability: ["Bayes' theorem", "distributions"],
      Statistics: [],
      Python: [],
      NumPy: [],
      pandas: [],
      Matplotlib: [],
      "Linear regression": [],
      "Logistic regression": [],
      "Decision trees": [],
      "Neural networks": ["backpropagation", "gradient descent"],
    },
    ticked: ["Calculus", "Probability / Bayes' theorem", "Python", "NumPy"],
  },
  table: {
    topics: {
      Linux: ["processes", "systemd", "networking"],
      Docker: ["images", "volumes", "compose"],
      Kubernetes: ["pods", "deployments", "services", "helm"],
      Terraform: ["state", "modules", "providers"],
      "Prometheus & Grafana": ["metrics", "alerting", "dashboards"],
      "CI/CD": ["pipelines", "caching", "deployments"],
      "AWS EC2 & VPC": [],
      "AWS IAM": [],
      "AWS S3": [],
    },
    ticked: ["Linux", "Docker"],
  },
  "backend-weeks": {
    topics: {
      "Week 1-2: Python Deep Dive": [
        "generators & iterators",
        "decorators",
        "context managers",
        "typing & mypy",
      ],
      "Week 3-4: Databases": ["SQL joins", "indexes", "transactions", "ORMs"],
      "REST with FastAPI": [
        "routing and dependencies",
        "pydantic models",
        "auth with OAuth2",
        "background tasks",
      ],
      "Caching with Redis": ["cache-aside pattern", "TTLs and eviction", "rate limiting"],
      "🏁 Capstone Project": ["a deployed API with CI", "tests above 80% coverage", "docs anyone can follow"],
    },
    ticked: [
      "Week 1-2: Python Deep Dive",
      "Week 1-2: Python Deep Dive / generators & iterators",
      "Week 1-2: Python Deep Dive / decorators",
      "Week 1-2: Python Deep Dive / context managers",
    ],
  },
  awesome: {
    topics: {
      "A Tour of Go": [],
      "Effective Go": [],
      "Go by Example": [],
      "Goroutines and Channels": [],
      "The sync package": [],
      "net/http": [],
      Databases: [],
      "testing package": [],
      "Learn Go with Tests": [],
    },
    ticked: [],
  },
};

function load(name: string) {
  const markdown = readFileSync(new URL(`../../fixtures/import/${name}.md`, import.meta.url), "utf8");
  return importMarkdown(markdown);
}

type TopicIn = RoadmapInput["sections"][number]["topics"][number];
const topicsOf = (roadmap: RoadmapInput): TopicIn[] => roadmap.sections.flatMap((section) => section.topics);
const itemsOf = (topic: TopicIn): string[] => topic.focus ?? topic.scope ?? topic.expectation ?? [];

/** Share of the expected topics and focus items found in the import, 0 to 1. */
function coverage(roadmap: RoadmapInput, expected: Expected): number {
  const byTitle = new Map(topicsOf(roadmap).map((topic) => [topic.title, topic]));
  let wanted = 0;
  let found = 0;
  for (const [title, items] of Object.entries(expected.topics)) {
    const topic = byTitle.get(title);
    wanted += 1 + items.length;
    if (!topic) continue;
    found += 1 + items.filter((item) => itemsOf(topic).includes(item)).length;
  }
  return found / wanted;
}

function tickedOf(roadmap: RoadmapInput): string[] {
  return topicsOf(roadmap).flatMap((topic) => [
    ...(topic.status === "done" ? [topic.title] : []),
    ...(topic.checked ?? []).map((item) => `${topic.title} / ${item}`),
  ]);
}

describe.each(Object.keys(EXPECTED))("the %s roadmap", (name) => {
  const imported = load(name);
  const expected = EXPECTED[name]!;

  it("brings over at least 90% of its topics and focus items", () => {
    expect(coverage(imported.roadmap, expected)).toBeGreaterThanOrEqual(0.9);
    // No invented topics either: everything imported is one a reader sees.
    expect(topicsOf(imported.roadmap).map((topic) => topic.title)).toEqual(Object.keys(expected.topics));
  });

  it("keeps every tick", () => {
    expect(tickedOf(imported.roadmap)).toEqual(expected.ticked);
  });

  it("validates as a roadmap", () => {
    expect(validateRoadmap(roadmapToYaml(imported.roadmap), `${name}.yml`).problems).toEqual([]);
  });
});

describe("what each shape carries besides topics", () => {
  it("data engineering: levels, durations, priorities, prerequisites and prose", () => {
    const { roadmap, warnings, summary } = load("data-engineering");
    const topics = new Map(topicsOf(roadmap).map((topic) => [topic.id, topic]));
    expect(topics.get("sql")).toMatchObject({
      difficulty: "easy",
      time: "long",
      timebox: "3-4 weeks",
      priority: "high",
      status: "done",
    });
    expect(topics.get("linux-the-shell")).toMatchObject({ priority: "medium", time: "short", timebox: "1w" });
    expect(topics.get("data-modeling")).toMatchObject({
      timebox: "~10 days",
      time: "medium",
      requires: ["sql"],
      description: "Kimball's book is still the reference here.",
    });
    expect(topics.get("apache-spark")!.requires).toEqual(["python-for-data", "data-modeling"]);
    expect(topics.get("kafka")).toMatchObject({ priority: "low", difficulty: ["medium", "hard"] });
    expect(topics.get("airflow")!.status).toBe("in-progress");
    expect(topics.get("cloud-data-warehouses")!.goal).toBe("every job posting asks for one of them.");
    expect(topics.get("python-for-data")!.resources).toEqual([
      { title: "Python for Data Analysis", url: "https://wesmckinney.com/book/" },
      { title: "Real Python", url: "https://realpython.com/" },
    ]);
    expect(roadmap.title).toBe("Data Engineering Roadmap 2025");
    expect(roadmap.intro).toContain("> Tip: don't rush the foundations.");
    expect(roadmap.sections[0]).toMatchObject({
      title: "Phase 1: Foundations",
      description: "The boring but essential part.",
    });
    expect(warnings).toEqual([]);
    expect(summary).toBe(
      "imported 3 sections, 9 topics, 33 focus items (4 already done); every line understood",
    );
  });

  it("frontend: emoji after the section title, fields in nested bullets", () => {
    const { roadmap, warnings } = load("frontend");
    expect(roadmap.sections.map((section) => [section.title, section.emoji])).toEqual([
      ["The Basics", "🧱"],
      ["Tooling", "🛠️"],
      ["Frameworks", "⚛️"],
      ["Testing", undefined],
    ]);
    const topics = new Map(topicsOf(roadmap).map((topic) => [topic.id, topic]));
    expect(topics.get("css")!.difficulty).toBe("easy");
    expect(topics.get("javascript")).toMatchObject({ priority: "high", time: "long", timebox: "1 month" });
    expect(topics.get("react")).toMatchObject({ priority: "high", difficulty: "medium" });
    expect(topics.get("next-js")!.status).toBeUndefined();
    // One grouped line for the defaults, not one per field per topic.
    expect(warnings).toEqual([
      "no priority on 10 topics, no difficulty on 10 topics, no time cost on 11 topics: used medium (first: line 7)",
    ]);
  });

  it("table: columns mapped by their header, other columns kept as the description", () => {
    const { roadmap } = load("table");
    const topics = new Map(topicsOf(roadmap).map((topic) => [topic.id, topic]));
    expect(topics.get("kubernetes")).toMatchObject({
      difficulty: "hard",
      time: "long",
      timebox: "1 month",
      status: "in-progress",
    });
    expect(topics.get("ci-cd")!.priority).toBe("high");
    expect(topics.get("aws-s3")).toMatchObject({
      difficulty: "easy",
      time: "short",
      timebox: "3 days",
      description: "Notes: lifecycle rules",
    });
  });

  it("awesome list: links are resources, the table of contents and badges stay out", () => {
    const { roadmap, warnings } = load("awesome");
    expect(roadmap.title).toBe("Awesome Go Learning");
    expect(roadmap.sections.map((section) => section.id)).toEqual([
      "basics",
      "concurrency",
      "web-services",
      "testing",
    ]);
    const topics = new Map(topicsOf(roadmap).map((topic) => [topic.id, topic]));
    expect(topics.get("a-tour-of-go")).toMatchObject({
      resources: [{ title: "A Tour of Go", url: "https://go.dev/tour/" }],
      description: "Interactive introduction to the language.",
    });
    expect(topics.get("net-http")!.resources).toHaveLength(2);
    expect(topics.get("goroutines-and-channels")!.resources!.map((link) => link.url)).toEqual([
      "https://go.dev/blog/waza-talk",
      "https://go.dev/talks/2012/concurrency.slide",
    ]);
    expect(roadmap.notes).toEqual(["License: CC0, to the extent possible under law."]);
    expect(warnings).toContain("line 7: table of contents left out");
  });
});

describe("a week-by-week plan with mixed styles", () => {
  it("reads done marks on headings, labels that start with a field's name, and quotes", () => {
    const { roadmap, warnings } = load("backend-weeks");
    const topics = new Map(topicsOf(roadmap).map((topic) => [topic.id, topic]));
    expect(topics.get("week-1-2-python-deep-dive")).toMatchObject({
      difficulty: ["easy", "medium"],
      timebox: "~2 weeks",
      status: "done",
    });
    expect(topics.get("week-3-4-databases")).toMatchObject({
      priority: "high",
      status: "in-progress",
      description: "Practice on a real dataset, not toy tables.",
    });
    expect(topics.get("capstone-project")!.kind).toBe("project");
    expect(roadmap.notes).toEqual(["Keep a learning log.", "Review every Sunday."]);
    expect(warnings).toEqual([
      "no priority on 3 topics, no time cost on 2 topics, no difficulty on 2 topics: used medium (first: line 9)",
    ]);
  });
});
