import { describe, expect, it } from "vitest";
import { repairMacRomanMojibake } from "../../../core/import/mojibake.js";

/** Produces mojibake the way it happened to the seed: UTF-8 bytes read as Mac Roman. */
function garble(text: string): string {
  return new TextDecoder("macintosh").decode(new TextEncoder().encode(text));
}

describe("repairMacRomanMojibake", () => {
  it("repairs the seed's broken characters", () => {
    const broken =
      "## \uf8ffüìÖ Daily\n- **Time Cost:** Short (30‚Äì60 minutes)\n- Easy ‚Üí Medium\n## \uf8ffü§ñ LLMs";
    expect(repairMacRomanMojibake(broken)).toEqual({
      text: "## 📅 Daily\n- **Time Cost:** Short (30–60 minutes)\n- Easy → Medium\n## 🤖 LLMs",
      repaired: true,
      changedLines: [1, 2, 3, 4],
    });
  });

  it("round-trips any UTF-8 text garbled through Mac Roman", () => {
    const original = "Café → naïve 🧠 «quotes» — 30–60\nplain line\n🐧 🏗 🎯";
    const result = repairMacRomanMojibake(garble(original));
    expect(result.text).toBe(original);
    expect(result.changedLines).toEqual([1, 3]);
  });

  it("leaves correct UTF-8 alone (characters outside Mac Roman)", () => {
    const text = "## 📅 Daily\nEasy → Medium";
    expect(repairMacRomanMojibake(text)).toEqual({ text, repaired: false, changedLines: [] });
  });

  it("leaves Mac Roman-encodable text alone when its bytes are not UTF-8", () => {
    // "é" is one Mac Roman byte (0x8E), which alone is no valid UTF-8.
    const text = "café au lait";
    expect(repairMacRomanMojibake(text)).toEqual({ text, repaired: false, changedLines: [] });
  });

  it("does not call plain ASCII repaired", () => {
    expect(repairMacRomanMojibake("# Title\n- a, b")).toEqual({
      text: "# Title\n- a, b",
      repaired: false,
      changedLines: [],
    });
  });

  it("does not repair a mix of broken and correct characters (all or nothing)", () => {
    const text = "\uf8ffüìÖ Daily → done";
    expect(repairMacRomanMojibake(text).repaired).toBe(false);
  });
});
