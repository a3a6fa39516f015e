// A clean install on Node 20 prints no EBADENGINE warning: every package the lock file
// pins accepts the Node the Dockerfile and CI run. (content-type 3.x asked for Node 22;
// package.json's overrides pin 2.1.0.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

type Version = [number, number, number];

function parseVersion(text: string): { version: Version; wildcard: number } {
  const parts = text.replace(/^v/, "").split(".");
  const numbers = parts.map((part) => (/^\d+$/.test(part) ? Number(part) : NaN));
  const wildcard = numbers.findIndex((n) => Number.isNaN(n));
  const known = wildcard < 0 ? numbers.length : wildcard;
  return {
    version: [numbers[0] ?? 0, known > 1 ? numbers[1]! : 0, known > 2 ? numbers[2]! : 0],
    wildcard: known,
  };
}

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** npm's range grammar, as far as the lock file's engines use it. */
function satisfies(node: Version, range: string): boolean {
  return range.split("||").some((alternative) => {
    const comparators = alternative
      .trim()
      .replace(/([<>=^~]+)\s+/g, "$1")
      .split(/\s+/)
      .filter(Boolean);
    return comparators.every((comparator) => {
      const [, op = "", rest = ""] = /^([<>=^~]*)(.*)$/.exec(comparator)!;
      if (rest === "*" || rest === "x" || rest === "") return true;
      const { version, wildcard } = parseVersion(rest);
      const c = compare(node, version);
      const upper = (index: number): Version =>
        index === 0
          ? [version[0] + 1, 0, 0]
          : index === 1
            ? [version[0], version[1] + 1, 0]
            : [version[0], version[1], version[2] + 1];
      switch (op) {
        case ">=":
          return c >= 0;
        case ">":
          return c > 0;
        case "<=":
          return c <= 0;
        case "<":
          return c < 0;
        case "^":
          return c >= 0 && compare(node, upper(version[0] === 0 ? 1 : 0)) < 0;
        case "~":
          return c >= 0 && compare(node, upper(Math.min(wildcard, 2) === 0 ? 0 : 1)) < 0;
        default:
          return wildcard >= 3 ? c === 0 : c >= 0 && compare(node, upper(wildcard - 1)) < 0;
      }
    });
  });
}

describe("engines", () => {
  it("reads ranges the way npm does", () => {
    const v: Version = [20, 20, 2];
    expect(satisfies(v, ">=22")).toBe(false);
    expect(satisfies(v, "^20.19.0 || ^22.13.0 || >=24")).toBe(true);
    expect(satisfies(v, "^20.21.0 || >=22")).toBe(false);
    expect(satisfies(v, "18 || 20 || >=22")).toBe(true);
    expect(satisfies(v, "6.* || 8.* || >= 10.*")).toBe(true);
    expect(satisfies(v, ">=18.20.0 <20 || >=20.12.1")).toBe(true);
    expect(satisfies(v, ">=0.6.11 <=0.7.0 || >=0.7.3")).toBe(true);
    expect(satisfies(v, "~20.19")).toBe(false);
  });

  it("every locked package accepts the Dockerfile's Node", () => {
    const from = /^FROM node:(\d+\.\d+\.\d+)-/m.exec(readFileSync(join(ROOT, "Dockerfile"), "utf8"));
    const node = parseVersion(from![1]!).version;
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { engines?: { node?: string }; version?: string }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines?.node && !satisfies(node, entry.engines.node))
      .map(([path, entry]) => `${path}@${entry.version}: node ${entry.engines!.node}`);
    expect(refusing).toEqual([]);
  });

  it("every locked package accepts the lowest Node package.json's engines field allows", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
    const lowest = /^>=\s*(\d+\.\d+(?:\.\d+)?)$/.exec(pkg.engines.node);
    expect(lowest).not.toBeNull();
    const node = parseVersion(lowest![1]!).version;
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { engines?: { node?: string }; version?: string }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== "" && entry.engines?.node && !satisfies(node, entry.engines.node))
      .map(([path, entry]) => `${path}@${entry.version}: node ${entry.engines!.node}`);
    expect(refusing).toEqual([]);
  });

  it("pins content-type to a release that supports Node 20", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      overrides?: Record<string, string>;
    };
    expect(pkg.overrides?.["content-type"]).toBe("2.1.0");
  });
});
