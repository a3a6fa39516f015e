// Better words for two values people write that the schema cannot take: a duration as the
// time cost ("time: 2 weeks" — that is a timebox) and an emoji shortcode (":calendar:" —
// the file wants the emoji itself, since it is shown as written).
import { durationDays, timeCostOfDays } from "../model/duration.js";
import type { PathSegment } from "./locate.js";

/** Common GitHub shortcodes, to name the emoji to paste instead. */
const SHORTCODES: Record<string, string> = {
  calendar: "📅",
  date: "📅",
  brain: "🧠",
  art: "🎨",
  penguin: "🐧",
  building_construction: "🏗",
  electric_plug: "🔌",
  robot: "🤖",
  dna: "🧬",
  dart: "🎯",
  pushpin: "📌",
  rocket: "🚀",
  books: "📚",
  book: "📖",
  computer: "💻",
  gear: "⚙️",
  wrench: "🔧",
  hammer_and_wrench: "🛠️",
  zap: "⚡",
  fire: "🔥",
  star: "⭐",
  memo: "📝",
  bulb: "💡",
  chart_with_upwards_trend: "📈",
  package: "📦",
  whale: "🐳",
  lock: "🔒",
  globe_with_meridians: "🌐",
  test_tube: "🧪",
  snake: "🐍",
  cloud: "☁️",
  key: "🔑",
  mag: "🔍",
  link: "🔗",
  trophy: "🏆",
  white_check_mark: "✅",
};

export function valueHint(path: readonly PathSegment[], value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const key = path.at(-1);
  if (key === "time") {
    const days = durationDays(value);
    if (days === undefined) return undefined;
    return `time is the time cost (short, medium or long), and ${JSON.stringify(value)} is a duration: write timebox: ${value} and time: ${timeCostOfDays(days)}`;
  }
  if (key === "emoji" && value.length > 2 && value.startsWith(":") && value.endsWith(":")) {
    const name = value.slice(1, -1);
    const emoji = SHORTCODES[name];
    return emoji
      ? `emoji takes the emoji itself, not a shortcode: write emoji: ${emoji} instead of ${value}`
      : `emoji takes the emoji itself (paste it, e.g. 🧠), not a shortcode like ${value}`;
  }
  return undefined;
}
