// A Projects (v2) board's fields as GraphQL gives them: the one selection the board's reads
// (core/board/read-project.ts) and a lost field creation's read-back (plan/read-back.ts) share.
import type { GitHubClient } from "./client.js";

/** The selection of a field: common parts, and a single-select field's options. */
export const PROJECT_FIELD_SELECTION = `... on ProjectV2FieldCommon { id name dataType }
        ... on ProjectV2SingleSelectField { options { id name } }`;

export interface ProjectFieldNode {
  id?: string;
  name?: string;
  dataType?: string;
  options?: { id: string; name: string }[];
}

/** Fields read per page (GitHub allows up to 50 fields on a project). */
export const FIELDS_PER_PAGE = 50;

export const PROJECT_FIELDS_QUERY = `query projectFields($projectId: ID!) {
  node(id: $projectId) {
    ... on ProjectV2 {
      fields(first: ${FIELDS_PER_PAGE}) {
        nodes {
        ${PROJECT_FIELD_SELECTION}
        }
      }
    }
  }
}`;

/** Names are matched as people read them: case and surrounding spaces aside. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The project's field named `name`, or undefined (1 request). */
export async function findProjectField(
  github: GitHubClient,
  projectId: string,
  name: string,
): Promise<ProjectFieldNode | undefined> {
  const data = await github.graphql<{ node?: { fields?: { nodes?: (ProjectFieldNode | null)[] } } | null }>(
    PROJECT_FIELDS_QUERY,
    { projectId },
  );
  return (data.node?.fields?.nodes ?? []).find(
    (field): field is ProjectFieldNode => !!field?.name && sameName(field.name, name),
  );
}
