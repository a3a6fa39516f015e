// The test repository and API address, shared by the nock helpers, the fake repository
// and the benchmarks (which run outside vitest, so nothing here imports it).
import type { RepoRef } from "../../core/github/client.js";

export const API = "https://api.github.com";
export const REPO: RepoRef = { owner: "octo-learner", repo: "roadmap" };
export const REPO_PATH = `/repos/${REPO.owner}/${REPO.repo}`;
