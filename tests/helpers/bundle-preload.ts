// Loaded with `node --import tsx --import tests/helpers/bundle-preload.ts action/dist/index.js`:
// the committed bundle runs as the runner starts it, against the in-memory FakeGitHub behind
// nock (the bundle's Octokit uses the global fetch, which nock intercepts in this process).
// The fake starts with the files named by FAKE_FILES_IN (JSON: path -> text) and, when the
// process exits, its issues, comments, files and requests are written to FAKE_STATE_OUT.
// Timers are cut to a few milliseconds: the bundle's write pacing (about a second between
// writes) would make a bootstrap take a minute, and the pace is the bench's concern.
import { readFileSync, writeFileSync } from "node:fs";
import nock from "nock";
import { interceptActionRoutes } from "./action.js";
import { FakeGitHub } from "./fake-github.js";

const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
  realSetTimeout(() => handler(...args), Math.min(ms ?? 0, 5))) as typeof setTimeout;

nock.disableNetConnect();
const fake = new FakeGitHub();
fake.intercept();
interceptActionRoutes(fake);
const filesIn = process.env.FAKE_FILES_IN;
if (filesIn) {
  for (const [path, text] of Object.entries(
    JSON.parse(readFileSync(filesIn, "utf8")) as Record<string, string>,
  )) {
    fake.files.set(path, text);
  }
}

process.on("exit", () => {
  const out = process.env.FAKE_STATE_OUT;
  if (!out) return;
  writeFileSync(
    out,
    JSON.stringify({
      issues: fake.issues,
      comments: fake.comments,
      files: Object.fromEntries(fake.files),
      requests: fake.requests,
    }),
  );
});
