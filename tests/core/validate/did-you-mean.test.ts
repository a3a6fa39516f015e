import { describe, expect, it } from "vitest";
import { closestMatch, editDistance } from "../../../core/validate/did-you-mean.js";

describe("editDistance", () => {
  it.each([
    ["priority", "priority", 0],
    ["priorty", "priority", 1],
    ["prioirty", "priority", 1],
    ["", "abc", 3],
    ["kitten", "sitting", 3],
  ])("%s -> %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("closestMatch", () => {
  const keys = ["id", "title", "priority", "difficulty", "time", "focus", "scope", "expectation"];

  it("suggests the key a typo was meant to be", () => {
    expect(closestMatch("priorty", keys)).toBe("priority");
    expect(closestMatch("dificulty", keys)).toBe("difficulty");
    expect(closestMatch("Title", keys)).toBe("title");
    expect(closestMatch("expectations", keys)).toBe("expectation");
  });

  it("suggests nothing for a word that is not close to any", () => {
    expect(closestMatch("colour", keys)).toBeUndefined();
    expect(closestMatch("urgent", ["low", "medium", "high", "critical"])).toBeUndefined();
  });
});
