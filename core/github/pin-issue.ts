// Pins an issue to the top of the repository's issue list (GraphQL `pinIssue`). Pinning is
// a nicety: GitHub allows three pinned issues and the token may lack the right, so a
// failure is a warning and never fails the run.
import type { GitHubClient, Logger } from "./client.js";

export const PIN_ISSUE_MUTATION = `mutation pinIssue($issueId: ID!) {
  pinIssue(input: { issueId: $issueId }) { issue { number } }
}`;

/** True when pinned; false (after a warning) when GitHub refused. */
export async function pinIssue(github: GitHubClient, issueNodeId: string, log: Logger): Promise<boolean> {
  try {
    await github.graphql(PIN_ISSUE_MUTATION, { issueId: issueNodeId });
    return true;
  } catch (error) {
    // GraphQL errors come as a multi-line list: one line reads better in the log.
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
    log.warn(`could not pin the daily-practice issue (pin it by hand if you like): ${message}`);
    return false;
  }
}
