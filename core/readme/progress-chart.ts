// roadmap/progress.svg: one horizontal bar per section, split into done / in progress /
// todo, with the counts, a legend and a title. Deterministic (same progress, same bytes)
// so it is only committed when something changed. Accessible: role="img" with <title>
// and <desc> saying in words what the bars show. Colours adapt to GitHub's dark theme.
import type { SectionTally, Tally } from "../issues/tally.js";
import { percentDone, totalTally } from "../issues/tally.js";

const WIDTH = 720;
const LABEL_WIDTH = 230;
const COUNT_WIDTH = 110;
const BAR_X = LABEL_WIDTH;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - COUNT_WIDTH;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 16;
const TOP = 48;

const PARTS = [
  { key: "done", label: "Done", color: "#2da44e" },
  { key: "inProgress", label: "In progress", color: "#d4a72c" },
  { key: "todo", label: "To do", color: "#d0d7de" },
] as const satisfies readonly { key: keyof Tally; label: string; color: string }[];

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

/** Keeps a long section title inside its column (the full title stays in <desc>). */
function fit(text: string, max = 28): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** Two decimals at most, and no "-0": stable output whatever the float noise. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function describe(sections: readonly SectionTally[], total: Tally): string {
  const per = sections.map((s) => `${s.label}: ${s.done} done, ${s.inProgress} in progress, ${s.todo} to do`);
  return `${total.done} of ${total.done + total.inProgress + total.todo} topics done (${percentDone(total)}%). ${per.join("; ")}.`;
}

export function renderProgressSvg(sections: readonly SectionTally[], title = "Roadmap progress"): string {
  const total = totalTally(sections);
  const height = TOP + sections.length * ROW_HEIGHT + 40;
  const rows = sections.map((section, index) => {
    const y = TOP + index * ROW_HEIGHT;
    const count = section.done + section.inProgress + section.todo;
    let x = BAR_X;
    const rects = PARTS.flatMap((part) => {
      const n = section[part.key];
      if (n === 0 || count === 0) return [];
      const width = (BAR_WIDTH * n) / count;
      const rect = `<rect x="${num(x)}" y="${y}" width="${num(width)}" height="${BAR_HEIGHT}" fill="${part.color}"><title>${escapeXml(`${section.label}: ${n} ${part.label.toLowerCase()}`)}</title></rect>`;
      x += width;
      return [rect];
    });
    return [
      `  <g>`,
      `    <text class="label" x="${LABEL_WIDTH - 10}" y="${y + 12.5}" text-anchor="end">${escapeXml(fit(section.label))}</text>`,
      `    <rect x="${BAR_X}" y="${y}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" rx="3" class="track"/>`,
      ...rects.map((rect) => `    ${rect}`),
      `    <text class="count" x="${BAR_X + BAR_WIDTH + 10}" y="${y + 12.5}">${section.done}/${count} done</text>`,
      `  </g>`,
    ].join("\n");
  });
  const legendY = TOP + sections.length * ROW_HEIGHT + 16;
  const legend = PARTS.map((part, index) => {
    const x = BAR_X + index * 120;
    return `    <rect x="${x}" y="${legendY - 10}" width="12" height="12" rx="2" fill="${part.color}"/><text class="count" x="${x + 18}" y="${legendY}">${part.label}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="title desc">`,
    `  <title id="title">${escapeXml(title)}</title>`,
    `  <desc id="desc">${escapeXml(describe(sections, total))}</desc>`,
    `  <style>`,
    `    text { font: 13px -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; fill: #1f2328; }`,
    `    .heading { font-size: 15px; font-weight: 600; }`,
    `    .count { fill: #59636e; }`,
    `    .track { fill: #f6f8fa; }`,
    `    @media (prefers-color-scheme: dark) {`,
    `      text { fill: #f0f6fc; }`,
    `      .count { fill: #9198a1; }`,
    `      .track { fill: #151b23; }`,
    `    }`,
    `  </style>`,
    `  <text class="heading" x="${BAR_X}" y="24">${escapeXml(`${title}: ${percentDone(total)}% done`)}</text>`,
    ...rows,
    `  <g aria-hidden="true">`,
    ...legend,
    `  </g>`,
    `</svg>`,
    "",
  ].join("\n");
}
