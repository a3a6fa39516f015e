// A trailing parenthesised remark, found by hand (lastIndexOf, one pass): "Short (30–60
// minutes)" -> "Short" and "30–60 minutes"; "Frontend (Basic – Supporting Role)" ->
// "Frontend" and "Basic – Supporting Role". A regex for this backtracks on long runs of
// spaces, and headings and field values are untrusted text.

export function splitTrailingRemark(text: string): { main: string; remark?: string } {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(")")) return { main: text };
  const open = trimmed.lastIndexOf("(");
  if (open < 0) return { main: text };
  const inner = trimmed.slice(open + 1, -1);
  // "(a (b))" is not one remark: leave it to be read as written.
  if (inner.includes("(") || inner.includes(")")) return { main: text };
  const remark = inner.trim();
  const main = trimmed.slice(0, open).trimEnd();
  return remark ? { main, remark } : { main };
}
