// Which board the roadmap names (settings.project): its owner's login and its number, from
// the URL or the { owner, number } form. The owner's type (user or organization) is read
// from GitHub (repositoryOwner), so the short form needs none.
import type { Roadmap } from "../model/schema.js";
import { PROJECT_URL_PATTERN } from "../model/board-settings.js";

export interface ProjectRef {
  owner: string;
  number: number;
  /** What the URL said (users or orgs); the { owner, number } form leaves it to GitHub. */
  ownerType?: "user" | "organization";
}

/** The roadmap's board, or undefined when it names none. */
export function projectRefOf(roadmap: Pick<Roadmap, "settings">): ProjectRef | undefined {
  const setting = roadmap.settings?.project;
  if (setting === undefined) return undefined;
  if (typeof setting !== "string") return { owner: setting.owner, number: setting.number };
  const match = PROJECT_URL_PATTERN.exec(setting);
  if (!match) return undefined;
  return {
    owner: match[2]!,
    number: Number(match[3]),
    ownerType: match[1] === "orgs" ? "organization" : "user",
  };
}

/** "project octo-learner/3": how logs and warnings name it. */
export function projectName(ref: ProjectRef): string {
  return `project ${ref.owner}/${ref.number}`;
}
