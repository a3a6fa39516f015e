// The Dockerfile, .dockerignore and docker-compose.yml read as text (no Docker engine
// here): the properties the hosting guide promises.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { HEALTHZ_PATH } from "../../bot/ops/routes.js";
import { ROOT } from "../helpers/cli.js";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** Instructions with continuation lines joined, comments dropped. */
function instructions(dockerfile: string): { op: string; args: string }[] {
  return dockerfile
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [op, ...rest] = line.split(/\s+/);
      return { op: op!.toUpperCase(), args: rest.join(" ") };
    });
}

const steps = instructions(read("Dockerfile"));
const of = (op: string) => steps.filter((step) => step.op === op);
const lastStage = steps.slice(steps.map((step) => step.op).lastIndexOf("FROM"));

/** Every repository file bot/server.ts loads, following relative imports. */
function appSources(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
      visit(resolve(dirname(file), match[1]!.replace(/\.js$/, ".ts")));
    }
  };
  visit(join(ROOT, entry));
  return [...seen].map((file) => relative(ROOT, file).split("\\").join("/"));
}

describe("Dockerfile", () => {
  it("has a build stage and a runtime stage, each on an exactly pinned Node image", () => {
    expect(of("FROM").length).toBeGreaterThanOrEqual(2);
    for (const from of of("FROM")) expect(from.args).toMatch(/^node:20\.\d+\.\d+-[a-z]+(-slim)?( AS \w+)?$/);
    expect(lastStage.find((step) => step.op === "COPY" && step.args.startsWith("--from="))).toBeDefined();
  });

  it("installs production dependencies only, exactly as the lock file says", () => {
    const installs = of("RUN").filter((step) => /\bnpm\b/.test(step.args));
    expect(installs.length).toBeGreaterThan(0);
    for (const step of installs) {
      expect(step.args).toMatch(/\bnpm ci\b/);
      expect(step.args).toMatch(/--omit=dev\b/);
    }
    expect(of("COPY").some((step) => /package-lock\.json/.test(step.args))).toBe(true);
  });

  it("runs as a non-root user, in production mode, listening on every interface", () => {
    const users = lastStage.filter((step) => step.op === "USER");
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)!.args).not.toMatch(/^(root|0)(:|$)/);
    const env = lastStage
      .filter((step) => step.op === "ENV")
      .map((step) => step.args)
      .join(" ");
    expect(env).toMatch(/NODE_ENV=production/);
    expect(env).toMatch(/HOST=0\.0\.0\.0/);
  });

  it("checks its health on GET /healthz and starts the app server", () => {
    const health = of("HEALTHCHECK");
    expect(health).toHaveLength(1);
    expect(health[0]!.args).toContain(HEALTHZ_PATH);
    expect(health[0]!.args).toMatch(/--interval=\d+s/);
    expect(of("CMD").at(-1)!.args).toContain("bot/server.ts");
  });

  it("copies every source file the app loads", () => {
    const copied = lastStage
      .filter((step) => step.op === "COPY" && !step.args.startsWith("--from="))
      .flatMap((step) => step.args.split(/\s+/).slice(0, -1));
    const sources = appSources("bot/server.ts");
    expect(sources).toContain("bot/app.ts");
    for (const source of sources) {
      expect(copied.some((path) => source === path || source.startsWith(`${path.replace(/\/$/, "")}/`))).toBe(
        true,
      );
    }
  });
});

describe(".dockerignore", () => {
  it("is an allow-list that never lets credentials or git into the build context", () => {
    const lines = read(".dockerignore")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#"));
    expect(lines[0]).toBe("*");
    const allowed = lines.filter((line) => line.startsWith("!"));
    expect(allowed.length).toBe(lines.length - 1);
    for (const secret of [".env", "*.pem", ".git"]) expect(allowed).not.toContain(`!${secret}`);
    // Everything the Dockerfile copies from the context is allowed in.
    for (const step of of("COPY").filter((step) => !step.args.startsWith("--from="))) {
      for (const path of step.args.split(/\s+/).slice(0, -1)) {
        expect([`!${path}`, `!${path}/`].some((line) => allowed.includes(line))).toBe(true);
      }
    }
  });
});

describe("docker-compose.yml", () => {
  it("builds the app from this Dockerfile with its env file, in production mode", () => {
    const compose = parse(read("docker-compose.yml")) as {
      services: Record<
        string,
        {
          build?: string;
          image?: string;
          env_file?: string;
          environment?: Record<string, string>;
          ports?: string[];
          deploy?: { replicas?: number };
          read_only?: boolean;
        }
      >;
    };
    const app = compose.services.app!;
    expect(app.build).toBe(".");
    expect(app.env_file).toBe(".env");
    expect(app.environment!.NODE_ENV).toBe("production");
    expect(app.read_only).toBe(true);
    // A class on several instances: two replicas sharing one Redis (its image pinned).
    expect(app.deploy!.replicas).toBe(2);
    expect(app.ports).toEqual(["3000-3001:3000"]);
    expect(app.environment!.REDIS_URL).toBe("redis://redis:6379");
    expect(compose.services.redis!.image).toMatch(/^redis:\d+\.\d+\.\d+-alpine$/);
  });
});
