// GitHub behind nock for the hostile corpus: GETs answered from a table (path with query ->
// JSON), anything else asked for is a 404, every write answered and recorded. A test then
// asserts the exact list of writes, so an attack that makes the app or the Action write
// anything unintended fails it.
import nock from "nock";
import { API } from "./constants.js";

export interface Recorded {
  method: string;
  path: string;
  body?: unknown;
}

export interface RecordingGitHub {
  scope: nock.Scope;
  requests: Recorded[];
  /** Every request but GETs. */
  writes(): Recorded[];
}

export function recordingGitHub(reads: Record<string, unknown>): RecordingGitHub {
  const requests: Recorded[] = [];
  const record = (method: string, uri: string, body?: unknown) => {
    const parsed = typeof body === "string" && body ? (JSON.parse(body) as unknown) : body;
    requests.push({ method, path: decodeURIComponent(uri), ...(parsed ? { body: parsed } : {}) });
  };
  const scope = nock(API).persist();
  scope.get(/.*/).reply((uri) => {
    record("GET", uri);
    const path = decodeURIComponent(uri);
    return path in reads ? [200, reads[path]] : [404, { message: "Not Found" }];
  });
  let id = 100;
  for (const method of ["post", "patch", "put", "delete"] as const) {
    scope[method](/.*/).reply((uri, body) => {
      record(method.toUpperCase(), uri, body);
      id += 1;
      return [method === "post" ? 201 : 200, { id, number: id, html_url: `https://github.com/x/${id}` }];
    });
  }
  return { scope, requests, writes: () => requests.filter((request) => request.method !== "GET") };
}
