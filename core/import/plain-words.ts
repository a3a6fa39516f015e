// A field value without its Markdown and spacing, lowercased: "**High**  " reads as "high".
// Runs of white space become one space first, so later patterns never meet a long run.

export function plainWords(value: string): string {
  return value.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}
