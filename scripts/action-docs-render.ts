// The README's Action inputs and outputs tables, generated from action/action.yml so the
// two cannot disagree. Pure: text in, text out (scripts/action-docs.ts does the files).
import { parse } from "yaml";

export const DOCS_START = "<!-- action-docs:start -->";
export const DOCS_END = "<!-- action-docs:end -->";

interface ActionYml {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

/** One table cell: one line, no pipe that would end the cell. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, " ")
    .replace(/\|/g, "\\|")
    .trim();
}

function code(text: string): string {
  return text.includes("`") ? `\`\` ${text} \`\`` : `\`${text}\``;
}

export function renderActionDocs(actionYml: string): string {
  const action = parse(actionYml) as ActionYml;
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  if (inputs.length === 0 && outputs.length === 0)
    throw new Error("action.yml declares no inputs or outputs");
  const lines = [
    "<!-- Generated from action/action.yml by `npm run docs`: edit the descriptions there. -->",
    "",
    "| input | default | |",
    "| --- | --- | --- |",
    ...inputs.map(([name, input]) => {
      const fallback =
        input.default === undefined || input.default === ""
          ? input.required
            ? "required"
            : "—"
          : code(input.default);
      return `| ${code(name)} | ${fallback} | ${cell(input.description ?? "")} |`;
    }),
    "",
    "| output | |",
    "| --- | --- |",
    ...outputs.map(([name, output]) => `| ${code(name)} | ${cell(output.description ?? "")} |`),
  ];
  return lines.join("\n");
}

/** The README with the tables between the markers replaced; throws when the markers are not there once each. */
export function updateActionDocs(readme: string, actionYml: string): string {
  const start = readme.indexOf(`${DOCS_START}\n`);
  const end = readme.indexOf(`\n${DOCS_END}`);
  if (
    start < 0 ||
    end < start ||
    readme.indexOf(DOCS_START, start + 1) >= 0 ||
    readme.indexOf(DOCS_END, end + 2) >= 0
  ) {
    throw new Error(`the README needs the lines ${DOCS_START} and ${DOCS_END}, once each and in that order`);
  }
  const head = readme.slice(0, start + DOCS_START.length + 1);
  return `${head}${renderActionDocs(actionYml)}${readme.slice(end)}`;
}
