// GitHub Actions workflow commands for problems, so a failed `roadmap validate` run puts
// each problem on its line in the pull request's "Files changed" view.
// Escaping follows the runner's rules (actions/toolkit, command.ts): data escapes % CR LF;
// property values also escape : and , which would otherwise end the value.
import type { Problem } from "../core/validate/validate-roadmap.js";

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export const ANNOTATION_TITLE = "Invalid roadmap";

/** `::error file=F,line=L,col=C,title=Invalid roadmap::message` (or `::warning …`). */
export function problemAnnotation(
  problem: Problem,
  title: string = ANNOTATION_TITLE,
  level: "error" | "warning" = "error",
): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(title)}`,
  ].join(",");
  return `::${level} ${properties}::${escapeData(problem.message)}`;
}

/** True when running as a step of a GitHub Actions job. */
export function inGitHubActions(env: Record<string, string | undefined>): boolean {
  return env.GITHUB_ACTIONS === "true";
}
