// roadmap/progress.svg: one horizontal bar per section, split into done / in progress /
// todo, with the counts, a legend and a title; the practice section's row shows the streak
// instead (practice is not counted among the topics); under them, once a topic is done, a
// burn-up of topics done week by week with the planned total and the forecast. Deterministic (same progress, same bytes)
// so it is only committed when something changed. Accessible: role="img" with <title>
// and <desc> saying in words what the bars show. Colours adapt to GitHub's dark theme.
import type { SectionTally, Tally } from "../issues/tally.js";
import { percentDone, totalTally } from "../issues/tally.js";
import type { Pace } from "./pace.js";
import { weekOf } from "./pace.js";

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

function days(n: number): string {
  return `${n} day${n === 1 ? "" : "s"}`;
}

function sectionWords(s: SectionTally): string {
  if (s.done + s.inProgress + s.todo === 0 && s.practice)
    return `${s.label}: current streak ${days(s.practice.currentStreak)}, ${s.practice.solved} solved`;
  return `${s.label}: ${s.done} done, ${s.inProgress} in progress, ${s.todo} to do`;
}

function describe(sections: readonly SectionTally[], total: Tally, pace: Pace | undefined): string {
  const per = sections.map(sectionWords);
  const burnUp =
    pace && pace.weeks.length > 0
      ? ` Burn-up: ${pace.weeks.map((w) => `week of ${w.week}: ${w.total}`).join(", ")} of ${pace.planned}${pace.forecast ? `; at this pace done by ${pace.forecast}` : ""}.`
      : "";
  return `${total.done} of ${total.done + total.inProgress + total.todo} topics done (${percentDone(total)}%). ${per.join("; ")}.${burnUp}`;
}

const BURN_HEIGHT = 150;
const BURN_GAP = 44;

/** Topics done by week (a step line up to this week), the planned total, the forecast. */
function burnUp(pace: Pace, top: number): string[] {
  const first = pace.weeks[0]!.week;
  const last = pace.weeks.at(-1)!.week;
  const end = pace.forecast && weekOf(pace.forecast) > last ? weekOf(pace.forecast) : last;
  const span = Math.max(1, (Date.parse(end) - Date.parse(first)) / (7 * 86_400_000) + 1);
  const x = (week: string) =>
    BAR_X + (BAR_WIDTH * ((Date.parse(week) - Date.parse(first)) / (7 * 86_400_000) + 1)) / span;
  const max = Math.max(1, pace.planned);
  const y = (n: number) => top + BURN_HEIGHT - (BURN_HEIGHT * n) / max;
  const points = [`${BAR_X},${num(y(0))}`, ...pace.weeks.map((w) => `${num(x(w.week))},${num(y(w.total))}`)];
  const lastPoint = pace.weeks.at(-1)!;
  const lines = [
    `  <g>`,
    `    <text class="heading" x="${BAR_X}" y="${top - 14}">${escapeXml(`Burn-up: ${pace.done} of ${pace.planned} topics done, week by week`)}</text>`,
    `    <rect x="${BAR_X}" y="${top}" width="${BAR_WIDTH}" height="${BURN_HEIGHT}" class="track"/>`,
    `    <line x1="${BAR_X}" y1="${num(y(max))}" x2="${BAR_X + BAR_WIDTH}" y2="${num(y(max))}" stroke="#59636e" stroke-dasharray="4 3"/>`,
    `    <text class="count" x="${BAR_X + BAR_WIDTH + 10}" y="${num(y(max) + 4)}">${pace.planned} planned</text>`,
    `    <polyline points="${points.join(" ")}" fill="none" stroke="#2da44e" stroke-width="2.5"/>`,
    `    <text class="count" x="${BAR_X + BAR_WIDTH + 10}" y="${num(y(lastPoint.total) + 4)}">${lastPoint.total} done</text>`,
  ];
  if (pace.forecast && end > last) {
    lines.push(
      `    <line x1="${num(x(last))}" y1="${num(y(lastPoint.total))}" x2="${num(x(end))}" y2="${num(y(max))}" stroke="#d4a72c" stroke-width="2" stroke-dasharray="6 4"><title>${escapeXml(`at this pace: done by ${pace.forecast}`)}</title></line>`,
    );
  }
  lines.push(
    `    <text class="count" x="${BAR_X}" y="${top + BURN_HEIGHT + 16}">${first}</text>`,
    `    <text class="count" x="${BAR_X + BAR_WIDTH}" y="${top + BURN_HEIGHT + 16}" text-anchor="end">${pace.forecast ? `done by ${pace.forecast}` : last}</text>`,
    `  </g>`,
  );
  return lines;
}

export function renderProgressSvg(
  sections: readonly SectionTally[],
  title = "Roadmap progress",
  pace?: Pace,
): string {
  const total = totalTally(sections);
  const withBurnUp = pace !== undefined && pace.weeks.length > 0;
  const burnTop = TOP + sections.length * ROW_HEIGHT + 40 + BURN_GAP;
  const height = withBurnUp ? burnTop + BURN_HEIGHT + 30 : TOP + sections.length * ROW_HEIGHT + 40;
  const rows = sections.map((section, index) => {
    const y = TOP + index * ROW_HEIGHT;
    const count = section.done + section.inProgress + section.todo;
    if (count === 0 && section.practice) {
      // The practice counts by its streak, not as a bar of topics.
      const streak = `🔥 ${section.practice.currentStreak}-day streak · ${section.practice.solved} solved · longest ${days(section.practice.longestStreak)}`;
      return [
        `  <g>`,
        `    <text class="label" x="${LABEL_WIDTH - 10}" y="${y + 12.5}" text-anchor="end">${escapeXml(fit(section.label))}</text>`,
        `    <text x="${BAR_X}" y="${y + 12.5}">${escapeXml(streak)}</text>`,
        `  </g>`,
      ].join("\n");
    }
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
    `  <desc id="desc">${escapeXml(describe(sections, total, pace))}</desc>`,
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
    ...(withBurnUp ? burnUp(pace, burnTop) : []),
    `</svg>`,
    "",
  ].join("\n");
}
