// What a failed GitHub request says: Octokit's RequestError (and any error shaped like it)
// carries the HTTP status as a number. One reading of it for every caller in core/.

/** The HTTP status of a failed request, or undefined for an error that has none. */
export function statusOf(error: unknown): number | undefined {
  const status =
    typeof error === "object" && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === "number" ? status : undefined;
}

/** 404: the thing asked for does not exist (or the token may not see it). */
export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404;
}
