// `npx tsx scripts/release-notes.ts <tag>` (release.yml): checks the tag is package.json's
// version and prints CHANGELOG.md's section for it, the GitHub release's notes. With
// --major it prints the major tag to move instead (nothing for a prerelease).
import { readFileSync } from "node:fs";
import { majorTagOf, releaseNotes, versionOfTag } from "./release-notes-render.js";

const [tag, flag] = process.argv.slice(2);
try {
  if (!tag) throw new Error("usage: release-notes.ts <tag> [--major]");
  const version = versionOfTag(tag);
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  if (pkg.version !== version) {
    throw new Error(
      `the tag ${tag} is not package.json's version ${pkg.version}: bump the version (and CHANGELOG.md) first`,
    );
  }
  const notes = releaseNotes(readFileSync("CHANGELOG.md", "utf8"), version);
  process.stdout.write(flag === "--major" ? `${majorTagOf(version) ?? ""}\n` : notes);
} catch (error) {
  process.stderr.write(`release notes: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
