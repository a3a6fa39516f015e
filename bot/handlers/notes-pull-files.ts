// Two handlers answer each pull_request delivery (the roadmap check and the notes check)
// and both need the PR's file list. This hands them one client whose list of the PR's
// files is fetched once per delivery, so an event costs one list read, not two.
import type { GitHubClient, RequestParams } from "../../core/github/client.js";

export const PULL_FILES_ROUTE = "GET /repos/{owner}/{repo}/pulls/{pull_number}/files";
/** Deliveries remembered: handlers of one delivery run together, so a few are plenty. */
const REMEMBERED = 20;

export class PullFilesMemo {
  private readonly lists = new Map<string, Promise<unknown[]>>();

  /** `github` with the PR file list shared by every caller passing the same delivery id. */
  client(deliveryId: string, github: GitHubClient): GitHubClient {
    const paginate = <T>(route: string, params?: RequestParams): Promise<T[]> => {
      if (route !== PULL_FILES_ROUTE) return github.paginate<T>(route, params);
      const key = `${deliveryId}:${String(params?.owner)}/${String(params?.repo)}#${String(params?.pull_number)}`;
      let list = this.lists.get(key);
      if (!list) {
        list = github.paginate<T>(route, params);
        this.lists.set(key, list);
        // A failed read is not remembered: a redelivery reads again.
        list.catch(() => this.lists.delete(key));
        if (this.lists.size > REMEMBERED) this.lists.delete(this.lists.keys().next().value!);
      }
      return list as Promise<T[]>;
    };
    return { request: github.request, graphql: github.graphql, paginate };
  }
}
