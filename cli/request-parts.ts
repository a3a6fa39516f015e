// A planned request split into the fields a script wants: method, path (parameters filled
// in) and body (the parameters the path did not use), as `plan --json` prints them.
import type { Operation } from "../core/github/plan/operation.js";

export interface RequestParts {
  method: string;
  path: string;
  body: Record<string, unknown> | null;
}

export function requestParts(operation: Pick<Operation, "route" | "params">): RequestParts {
  const [method = "", template = ""] = operation.route.split(" ");
  const used = new Set<string>();
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    used.add(name);
    return encodeURIComponent(String(operation.params[name]));
  });
  const body = Object.fromEntries(Object.entries(operation.params).filter(([key]) => !used.has(key)));
  return { method, path, body: Object.keys(body).length > 0 ? body : null };
}
