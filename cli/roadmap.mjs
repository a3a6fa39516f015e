#!/usr/bin/env node
// The `roadmap` command. The sources are TypeScript; tsx (a runtime dependency) loads
// them in place, so `npx roadmap …` works right after `npm ci`, with no build step.
import { register } from "tsx/esm/api";

register();
// `roadmap start | head` closes the pipe early: the reader has what it wanted, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
