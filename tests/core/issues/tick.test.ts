import { describe, expect, it } from "vitest";
import { tickItems } from "../../../core/issues/tick.js";
import { parseTasks } from "../../../core/issues/checklist.js";
import { placedTopic, topicIssue } from "../../helpers/notes.js";

const redis = placedTopic("redis").topic;

describe("tickItems", () => {
  it("ticks the named items inside the generated part only, keeping other ticks and the learner's text", () => {
    const issue = topicIssue("redis");
    const body = `My plan:\n- [ ] caching\n\n${issue.body.replace("- [ ] pub/sub", "- [x] pub/sub")}\n\n- [ ] rate limiting (my own list)`;
    const ticked = tickItems(body, redis, ["caching", "rate limiting"]);
    expect(parseTasks(ticked).map((task) => `${task.checked ? "x" : " "} ${task.text}`)).toEqual([
      "  caching",
      "x caching",
      "x rate limiting",
      "x pub/sub",
      "  rate limiting (my own list)",
    ]);
    expect(ticked.startsWith("My plan:\n- [ ] caching\n\n")).toBe(true);
    expect(ticked.endsWith("\n\n- [ ] rate limiting (my own list)")).toBe(true);
  });

  it("returns the body unchanged when the items are ticked already, unknown, or there is no generated part", () => {
    const body = tickItems(topicIssue("redis").body, redis, ["caching"]);
    expect(tickItems(body, redis, ["caching"])).toBe(body);
    expect(tickItems(body, redis, ["not an item"])).toBe(body);
    expect(tickItems("- [ ] caching", redis, ["caching"])).toBe("- [ ] caching");
  });

  it("keeps CRLF line endings as they are", () => {
    const body = topicIssue("redis").body.replace(/\n/g, "\r\n");
    const ticked = tickItems(body, redis, ["pub/sub"]);
    expect(ticked).toBe(body.replace("- [ ] pub/sub\r\n", "- [x] pub/sub\r\n"));
  });
});
