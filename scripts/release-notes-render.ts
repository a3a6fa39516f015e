// The release notes for a tag: CHANGELOG.md's section for that version (Keep a Changelog:
// "## [1.2.0] - 2026-01-31"). Pure; scripts/release-notes.ts does the files.

/** "v1.2.0" -> "1.2.0"; throws for anything that is not v + semver. */
export function versionOfTag(tag: string): string {
  const match = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag);
  if (!match) throw new Error(`the tag ${JSON.stringify(tag)} is not v<major>.<minor>.<patch>`);
  return match[1]!;
}

/** "v1" for "1.2.0"; undefined for a prerelease, which never moves the major tag. */
export function majorTagOf(version: string): string | undefined {
  return version.includes("-") ? undefined : `v${version.split(".")[0]}`;
}

export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/);
  const escaped = version.replace(/[.+-]/g, "\\$&");
  const heading = new RegExp(`^## \\[${escaped}\\](?:\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section`);
  const rest = lines.slice(start + 1);
  const next = rest.findIndex((line) => /^## /.test(line) || /^\[[^\]]+\]: /.test(line));
  const body = (next < 0 ? rest : rest.slice(0, next)).join("\n").trim();
  if (!body) throw new Error(`CHANGELOG.md's section for ${version} is empty`);
  return `${body}\n`;
}
