// `npm run docs` rewrites the Action tables in README.md from action/action.yml;
// `npm run docs -- --check` (run by .ci/run) exits 1 when they are stale.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOCS_END, DOCS_START, updateActionDocs } from "./action-docs-render.js";

const root = process.argv.includes("--root")
  ? process.argv[process.argv.indexOf("--root") + 1]!
  : process.cwd();
const check = process.argv.includes("--check");
const readmePath = join(root, "README.md");

try {
  const readme = readFileSync(readmePath, "utf8");
  // A learner who replaced this README with their own has no Action tables to keep fresh:
  // their CI (.ci/run) must stay green.
  if (check && !readme.includes(DOCS_START) && !readme.includes(DOCS_END)) {
    process.stdout.write("README.md has no Action tables (no action-docs markers): nothing to check\n");
    process.exit(0);
  }
  const updated = updateActionDocs(readme, readFileSync(join(root, "action/action.yml"), "utf8"));
  if (updated === readme) {
    process.stdout.write("README.md: Action inputs and outputs are up to date\n");
  } else if (check) {
    process.stderr.write(
      "README.md: the Action tables are stale (action/action.yml changed): run `npm run docs` and commit README.md\n",
    );
    process.exitCode = 1;
  } else {
    writeFileSync(readmePath, updated);
    process.stdout.write("README.md: Action inputs and outputs updated from action/action.yml\n");
  }
} catch (error) {
  process.stderr.write(`npm run docs: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
