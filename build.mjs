// The one esbuild config: bundles the Action (action/index.ts and everything it imports)
// into action/dist/, which action.yml runs (dist/index.js) and which is committed. CI
// rebuilds it and fails when the committed files differ (check-dist).
//
// Split at the runner's import()s: index.js holds only what the run's first request needs
// (inputs, event, the GitHub client); the roadmap's parser and schema and the steps are in
// chunks (`*-[hash].js`, next to index.js) loaded once that request is out. A start-up
// reads, compiles and runs index.js before anything else, so what is kept out of it is
// start-up time (bench/action.ts).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const outdir = "action/dist";
const outfile = join(outdir, "index.js");
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

// Chunk names change with their content: last build's are removed, not left beside the new ones.
for (const name of readdirSync(outdir)) {
  if (/\.js(\.LEGAL\.txt)?$/.test(name)) rmSync(join(outdir, name));
}

await build({
  entryPoints: ["action/index.ts"],
  outdir,
  entryNames: "[name]",
  chunkNames: "[name]-[hash]",
  splitting: true,
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

const kib = (path) => `${(statSync(path).size / 1024).toFixed(0)} KiB`;
const chunks = readdirSync(outdir).filter((name) => name.endsWith(".js") && name !== "index.js");
console.log(
  `${outfile}: ${kib(outfile)}; ${chunks.length} chunks: ${chunks.map((name) => `${name} ${kib(join(outdir, name))}`).join(", ")}; ${poolFile}: ${kib(poolFile)}`,
);
