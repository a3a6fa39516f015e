// The one esbuild config: bundles the Action (action/index.ts and everything it imports)
// into action/dist/index.js, which action.yml runs and which is committed. CI rebuilds it
// and fails when the committed file differs (check-dist).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const outfile = "action/dist/index.js";
const require = createRequire(import.meta.url);
const zodLocales = join(dirname(require.resolve("zod/package.json")), "v4", "locales");

/**
 * Two trims, each of code the Action never runs (the bundle is parsed on every run, so its
 * size is cold-start time):
 * - undici: only used by @actions/* for their default fetch and proxy agent; Octokit gets
 *   the global fetch instead (octokit/create-client.ts). See action/undici-stub.mjs.
 * - zod's 40-odd error-message locales: zod speaks English unless told otherwise, and
 *   nothing here calls z.locales.
 */
const trims = {
  name: "trims",
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, () => ({ path: join(process.cwd(), "action/undici-stub.mjs") }));
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join("node_modules", "zod")}`)
        ? { path: "zod-locales", namespace: "trims" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "trims" }, () => ({
      contents: `export { default as en } from ${JSON.stringify(join(zodLocales, "en.js"))};`,
      loader: "js",
      resolveDir: zodLocales,
    }));
  },
};

await build({
  entryPoints: ["action/index.ts"],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
  // Names kept: a stack trace from a failed run still says where it failed.
  keepNames: true,
  legalComments: "linked",
  plugins: [trims],
  // Some dependencies (@actions/*, tunnel) are CommonJS and call require(): give the ESM
  // bundle a real one.
  banner: {
    js: "import { createRequire as __roadmapCreateRequire } from 'node:module';\nconst require = __roadmapCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
});

// The shipped LeetCode pool as JSON, with the hash of the YAML it came from
// (action/commands/daily.ts): loading it is a JSON.parse, not a YAML parse. The Action
// validates it again with the pool's schema when it uses it.
const poolYaml = readFileSync("roadmap/leetcode.yml");
const poolFile = "action/dist/leetcode-pool.json";
writeFileSync(
  poolFile,
  `${JSON.stringify({ sourceSha256: createHash("sha256").update(poolYaml).digest("hex"), pool: parse(poolYaml.toString("utf8")) })}\n`,
);

console.log(
  `${outfile}: ${(statSync(outfile).size / 1024).toFixed(0)} KiB; ${poolFile}: ${(statSync(poolFile).size / 1024).toFixed(0)} KiB`,
);
