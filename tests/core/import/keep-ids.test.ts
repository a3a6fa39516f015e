import { describe, expect, it } from "vitest";
import { keepIds } from "../../../core/import/keep-ids.js";
import type { Roadmap, RoadmapInput } from "../../../core/model/schema.js";

const topic = (id: string, title: string, focus?: string[]) => ({
  id,
  title,
  priority: "medium" as const,
  difficulty: "medium" as const,
  time: "medium" as const,
  ...(focus && { focus }),
});

type TopicIn = RoadmapInput["sections"][number]["topics"][number];

const roadmapOf = (topics: TopicIn[][]): RoadmapInput => ({
  title: "R",
  sections: topics.map((list, index) => ({ id: `s${index}`, title: `S${index}`, topics: list })),
});

describe("keepIds", () => {
  const old = roadmapOf([
    [topic("sql", "SQL", ["joins"]), topic("spark", "Apache Spark"), topic("kafka", "Kafka")],
  ]) as unknown as Roadmap;

  it("keeps the id of a topic with the same checklist, a similar title, or the same place", () => {
    const fresh = roadmapOf([
      [
        topic("databases", "Databases", ["joins"]),
        topic("apache-spark-3", "Apache Spark 3"),
        topic("event-streaming", "Event streaming"),
      ],
    ]);
    const result = keepIds(fresh, old);
    expect(result.roadmap.sections[0]!.topics.map((t) => t.id)).toEqual(["sql", "spark", "kafka"]);
    expect(result.kept.map((kept) => [kept.was, kept.id, kept.by])).toEqual([
      ["databases", "sql", "checklist"],
      ["apache-spark-3", "spark", "title"],
      ["event-streaming", "kafka", "position"],
    ]);
    expect(result.closing).toEqual([]);
  });

  it("leaves unchanged ids alone and names the old topics nothing matched", () => {
    const fresh = roadmapOf([[topic("sql", "SQL", ["joins"])], [topic("go", "Go")]]);
    const result = keepIds(fresh, old);
    expect(result.kept).toEqual([]);
    expect(result.roadmap).toEqual(fresh);
    expect(result.closing).toEqual([
      { id: "spark", title: "Apache Spark" },
      { id: "kafka", title: "Kafka" },
    ]);
  });

  it("does not take a title that only starts with the same letters for the same topic", () => {
    const before = roadmapOf([[topic("go", "Go")], [topic("x", "X")]]) as unknown as Roadmap;
    const after = roadmapOf([[topic("x", "X"), topic("google-cloud", "Google Cloud")]]);
    const result = keepIds(after, before);
    expect(result.kept).toEqual([]);
    expect(result.closing).toEqual([{ id: "go", title: "Go" }]);
  });

  it("renames prerequisites along with the topics they name", () => {
    const fresh = roadmapOf([
      [topic("databases", "Databases", ["joins"]), { ...topic("etl", "ETL"), requires: ["databases"] }],
    ]);
    const result = keepIds(fresh, old);
    expect(result.roadmap.sections[0]!.topics[1]!.requires).toEqual(["sql"]);
  });
});
