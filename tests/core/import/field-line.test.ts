import { describe, expect, it } from "vitest";
import { readBoldLead, readFieldLine, stripLeadingSeparator } from "../../../core/import/field-line.js";
import { headingText, splitSubtitle } from "../../../core/import/heading-text.js";
import { linksInText } from "../../../core/import/links.js";
import { splitTrailingRemark } from "../../../core/import/remark.js";

describe("readFieldLine", () => {
  it.each([
    ["**Priority:** High", { label: "Priority", value: "High", bold: true }],
    ["**Level**: beginner", { label: "Level", value: "beginner", bold: true }],
    ["__Focus:__ a, b", { label: "Focus", value: "a, b", bold: true }],
    ["Estimated time: 2 weeks", { label: "Estimated time", value: "2 weeks", bold: false }],
    ["What to learn:", { label: "What to learn", value: "", bold: false }],
  ])("%s", (line, field) => {
    expect(readFieldLine(line)).toEqual(field);
  });

  it.each([
    ["https://example.com"],
    ["A sentence that happens to have a colon: later on"],
    ["**React** — hooks"],
    ["2024: the year"],
    ["**unclosed: bold"],
  ])("%s is no field", (line) => {
    expect(readFieldLine(line)).toBeUndefined();
  });
});

describe("bold leads and separators", () => {
  it("splits a bold topic from its items", () => {
    expect(readBoldLead("**React** — hooks, state")).toEqual({ bold: "React", rest: "— hooks, state" });
    expect(readBoldLead("plain")).toBeUndefined();
    expect(stripLeadingSeparator(" — : hooks")).toBe("hooks");
  });
});

describe("headingText", () => {
  it.each([
    ["🧠 Backend Core", { title: "Backend Core", emoji: "🧠" }],
    ["Backend Core 🧠", { title: "Backend Core", emoji: "🧠" }],
    ["1.2 Go Basics", { title: "Go Basics" }],
    ["2. Tooling 🛠️", { title: "Tooling", emoji: "🛠️" }],
    ["🧠", { title: "🧠" }],
    ["C# and .NET", { title: "C# and .NET" }],
  ])("%s", (text, expected) => {
    expect(headingText(text)).toEqual(expected);
  });

  it("splits a section's parenthesised subtitle, by hand", () => {
    expect(splitSubtitle("Frontend (Basic – Supporting Role)")).toEqual({
      title: "Frontend",
      subtitle: "Basic – Supporting Role",
    });
    expect(splitSubtitle("(Only a remark)")).toEqual({ title: "(Only a remark)" });
    expect(splitTrailingRemark("Short (30–60 minutes)")).toEqual({ main: "Short", remark: "30–60 minutes" });
    expect(splitTrailingRemark("a (b (c))")).toEqual({ main: "a (b (c))" });
  });
});

describe("linksInText", () => {
  it("finds Markdown links and bare web addresses", () => {
    expect(linksInText('[Docs](https://e.com/d), [Book](https://e.com/b "title")')).toEqual([
      { title: "Docs", url: "https://e.com/d" },
      { title: "Book", url: "https://e.com/b" },
    ]);
    expect(linksInText("see https://e.com/x and more")).toEqual([
      { title: "https://e.com/x", url: "https://e.com/x" },
    ]);
    expect(linksInText("[a](")).toEqual([]);
  });
});
