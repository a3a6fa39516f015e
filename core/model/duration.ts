// "2 weeks", "1w", "3-4 weeks", "~10 days", "1 month", "10 hours": a duration as people
// write it, read into days so it can stand for a time cost. Scanned by hand (one pass).
import type { TimeCost } from "./levels.js";

const DAYS_PER_UNIT: Record<string, number> = {
  m: 1 / (60 * 8),
  min: 1 / (60 * 8),
  mins: 1 / (60 * 8),
  minute: 1 / (60 * 8),
  minutes: 1 / (60 * 8),
  // Study hours: a day of study is about eight of them.
  h: 1 / 8,
  hr: 1 / 8,
  hrs: 1 / 8,
  hour: 1 / 8,
  hours: 1 / 8,
  d: 1,
  day: 1,
  days: 1,
  w: 7,
  wk: 7,
  wks: 7,
  week: 7,
  weeks: 7,
  mo: 30,
  month: 30,
  months: 30,
  y: 365,
  yr: 365,
  year: 365,
  years: 365,
};

const APPROXIMATELY = ["~", "≈", "about ", "approx. ", "approx ", "around ", "roughly ", "up to "];

/** The upper end of the duration in days, or undefined when the text is not one duration. */
export function durationDays(raw: string): number | undefined {
  let text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  if (text.length > 40) return undefined;
  for (const prefix of APPROXIMATELY) if (text.startsWith(prefix)) text = text.slice(prefix.length).trim();
  const first = readNumber(text, 0);
  if (!first) return undefined;
  let at = skipSpaces(text, first.end);
  let amount = first.value;
  const separator = ["-", "–", "—", "to "].find((sep) => text.startsWith(sep, at));
  if (separator) {
    const second = readNumber(text, skipSpaces(text, at + separator.length));
    if (!second) return undefined;
    amount = second.value;
    at = skipSpaces(text, second.end);
  }
  if (text.endsWith("+")) text = text.slice(0, -1);
  const unit = text.slice(at).replace(/\.$/, "").trim();
  const perUnit = DAYS_PER_UNIT[unit];
  return perUnit === undefined ? undefined : amount * perUnit;
}

function readNumber(text: string, from: number): { value: number; end: number } | undefined {
  let end = from;
  while (end < text.length && ((text[end]! >= "0" && text[end]! <= "9") || text[end] === ".")) end++;
  const value = Number(text.slice(from, end));
  return end > from && Number.isFinite(value) ? { value, end } : undefined;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (text[at] === " ") at++;
  return at;
}

/** Up to a week of study is short, up to three weeks medium, more is long. */
export function timeCostOfDays(days: number): TimeCost {
  if (days <= 7) return "short";
  if (days <= 21) return "medium";
  return "long";
}
