// A small benchmark harness: run a scenario N times, report the median time and the most
// memory one run allocated, as Markdown. No dependency: timings from performance.now(),
// memory from process.memoryUsage() with a forced GC before each run when V8 allows it.
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** One part of `npm run bench`: a title and a Markdown table (or any Markdown). */
export interface BenchSection {
  title: string;
  run(): Promise<string>;
}

export interface Measurement {
  runs: number;
  medianMs: number;
  minMs: number;
  /** Largest heap growth over one run, in bytes (garbage included: what the run allocated and kept until it ended). */
  peakHeapBytes: number;
}

export interface MeasureOptions {
  runs?: number;
  warmup?: number;
}

/**
 * `--expose-gc` without passing it on the command line: V8 accepts the flag at runtime and
 * a fresh context then has `gc`. Without it, heap deltas include earlier garbage and are
 * only an upper bound.
 */
function exposeGc(): (() => void) | undefined {
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

const gc = exposeGc();
const MEMORY_RUNS = 3;
export const gcAvailable = gc !== undefined;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Timing and memory are measured in separate passes: a forced full GC before every timed
 * run would also flush V8's compiled code and make every run look cold.
 */
export async function measure(scenario: () => unknown, options: MeasureOptions = {}): Promise<Measurement> {
  const runs = options.runs ?? 15;
  for (let i = 0; i < (options.warmup ?? 3); i++) await scenario();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await scenario();
    times.push(performance.now() - start);
  }
  let peakHeapBytes = 0;
  for (let i = 0; i < MEMORY_RUNS; i++) {
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    await scenario();
    peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed - heapBefore);
  }
  return { runs, medianMs: median(times), minMs: Math.min(...times), peakHeapBytes };
}

export function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

export function formatMb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** A Markdown table; numbers are right-aligned. */
export function markdownTable(
  headers: string[],
  rows: (string | number)[][],
  numeric: boolean[] = [],
): string {
  const align = headers.map((_, i) => (numeric[i] ? "---:" : "---"));
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(align), ...rows.map(line)].join("\n");
}

/** One GitHub job measured against the fake repository: what it sent against the fewest possible. */
export interface RequestRow {
  /** The first column: which roadmap or pull request. */
  subject: string;
  scenario: string;
  requests: number;
  writes: number;
  minimum: number;
  ms: number;
}

/** Pages of a paginated list at per_page=100 (an empty list is still one request). */
export const pages = (count: number) => Math.max(1, Math.ceil(count / 100));

export function requestTable(
  subjectHeader: string,
  scenarioHeader: string,
  rows: readonly RequestRow[],
): string {
  return markdownTable(
    [subjectHeader, scenarioHeader, "requests", "writes", "minimum", "requests / minimum", "ms (fake API)"],
    rows.map((row) => [
      row.subject,
      row.scenario,
      row.requests,
      row.writes,
      row.minimum,
      row.minimum === 0 ? (row.requests === 0 ? "—" : "∞") : (row.requests / row.minimum).toFixed(2),
      formatMs(row.ms),
    ]),
    [false, false, true, true, true, true, true],
  );
}
