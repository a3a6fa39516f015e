// Reads the board once per sync: the project, its fields with their options, and every item
// with its content issue and field values, 100 items a request (ceil(items / 100) requests,
// 1 for an empty board). A status event reads only its issue's item (readIssueItem).
import type { GitHubClient } from "../github/client.js";
import type { ProjectFieldNode } from "../github/project-fields.js";
import type { ProjectRef } from "./project-ref.js";
import { projectName } from "./project-ref.js";
import { BOARD_CHECK_QUERY, BOARD_ITEMS_QUERY, BOARD_QUERY, ISSUE_ITEM_QUERY } from "./queries.js";

export interface BoardOption {
  id: string;
  name: string;
}

export interface BoardField {
  id: string;
  name: string;
  /** SINGLE_SELECT, DATE, TEXT, … as GitHub names it. */
  dataType: string;
  options: BoardOption[];
}

export interface BoardValue {
  optionId?: string;
  date?: string;
}

export interface BoardItem {
  id: string;
  /** The node id of the issue it shows (undefined for a draft or a pull request). */
  contentId?: string;
  /** Field id -> its value (single-select and date fields only). */
  values: Map<string, BoardValue>;
}

export interface Board {
  id: string;
  title: string;
  url: string;
  /** "User" or "Organization". */
  ownerType: string;
  fields: BoardField[];
  items: BoardItem[];
}

/** The board cannot be read: said with what to do. */
export class BoardUnreachable extends Error {
  constructor(
    message: string,
    readonly kind: "not-found" | "forbidden" | "other",
  ) {
    super(message);
    this.name = "BoardUnreachable";
  }
}

interface ItemNode {
  id: string;
  project?: { id: string };
  content?: { id?: string } | null;
  fieldValues?: { nodes?: ({ optionId?: string; date?: string; field?: { id?: string } } | null)[] };
}

interface ItemsPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: (ItemNode | null)[];
}

interface ProjectNode {
  id: string;
  title: string;
  url: string;
  fields: { nodes: (ProjectFieldNode | null)[] };
  items?: ItemsPage;
}

interface OwnerNode {
  __typename?: string;
  projectV2?: ProjectNode | null;
}

export function toField(node: ProjectFieldNode): BoardField | undefined {
  if (!node.id || !node.name) return undefined;
  return { id: node.id, name: node.name, dataType: node.dataType ?? "", options: node.options ?? [] };
}

function toItem(node: ItemNode): BoardItem {
  const values = new Map<string, BoardValue>();
  for (const value of node.fieldValues?.nodes ?? []) {
    const fieldId = value?.field?.id;
    if (!fieldId) continue;
    if (value.optionId) values.set(fieldId, { optionId: value.optionId });
    else if (value.date) values.set(fieldId, { date: value.date.slice(0, 10) });
  }
  return { id: node.id, ...(node.content?.id ? { contentId: node.content.id } : {}), values };
}

interface GraphqlErrorShape {
  name?: string;
  message?: string;
  errors?: { type?: string; message?: string }[];
  data?: unknown;
  status?: number;
}

/** What GitHub's refusal means for the board, with the fix. */
export function unreachable(ref: ProjectRef, error: unknown): BoardUnreachable {
  const failure = error as GraphqlErrorShape;
  const types = (failure.errors ?? []).map((e) => e.type ?? "");
  const name = projectName(ref);
  if (types.includes("NOT_FOUND"))
    return new BoardUnreachable(
      `${name} was not found, or this token cannot see it: check settings.project, and give a token that can read and write it (a fine-grained token with Projects read and write, or the App's organization projects permission)`,
      "not-found",
    );
  if (
    types.includes("FORBIDDEN") ||
    types.includes("INSUFFICIENT_SCOPES") ||
    failure.status === 401 ||
    failure.status === 403
  )
    return new BoardUnreachable(
      `${name} cannot be written with this token: a GITHUB_TOKEN cannot reach a user's project; pass a fine-grained token with Projects read and write (the Action's project-token input), or use the App on an organization's project`,
      "forbidden",
    );
  return new BoardUnreachable(
    `${name} could not be read or written: ${(failure.message ?? String(error)).split("\n")[0]}`,
    "other",
  );
}

/**
 * A refusal of the board's (a GraphQL error, an HTTP status) as a BoardUnreachable with its
 * fix; anything else (a bug) is left to throw. The board never fails a run: its issues are synced.
 */
export function asBoardRefusal(ref: ProjectRef, error: unknown): BoardUnreachable | undefined {
  if (error instanceof BoardUnreachable) return error;
  const failure = error as GraphqlErrorShape | null;
  if (failure?.name === "GraphqlResponseError" || typeof failure?.status === "number")
    return unreachable(ref, error);
  return undefined;
}

function projectOf(ref: ProjectRef, owner: OwnerNode | null | undefined): ProjectNode {
  if (!owner?.projectV2)
    throw new BoardUnreachable(
      `${projectName(ref)} was not found: ${owner ? "the owner has no project with that number" : `no user or organization ${ref.owner}`}, or this token cannot see it`,
      "not-found",
    );
  return owner.projectV2;
}

async function query<T>(
  github: GitHubClient,
  ref: ProjectRef,
  document: string,
  variables: Record<string, unknown>,
): Promise<T> {
  try {
    return await github.graphql<T>(document, variables);
  } catch (error) {
    if ((error as GraphqlErrorShape).name === "RunStopped") throw error;
    throw unreachable(ref, error);
  }
}

function boardOf(owner: OwnerNode, project: ProjectNode, items: BoardItem[]): Board {
  return {
    id: project.id,
    title: project.title,
    url: project.url,
    ownerType: owner.__typename ?? "",
    fields: project.fields.nodes.flatMap((node) => (node ? (toField(node) ?? []) : [])),
    items,
  };
}

/** The whole board: 1 request, plus 1 for each further 100 items. */
export async function readBoard(github: GitHubClient, ref: ProjectRef): Promise<Board> {
  const first = await query<{ repositoryOwner: OwnerNode | null }>(github, ref, BOARD_QUERY, {
    owner: ref.owner,
    number: ref.number,
  });
  const project = projectOf(ref, first.repositoryOwner);
  const items: BoardItem[] = [];
  let page = project.items;
  while (page) {
    items.push(...page.nodes.flatMap((node) => (node ? [toItem(node)] : [])));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    const next = await query<{ node: { items?: ItemsPage } | null }>(github, ref, BOARD_ITEMS_QUERY, {
      projectId: project.id,
      after: page.pageInfo.endCursor,
    });
    page = next.node?.items;
  }
  return boardOf(first.repositoryOwner!, project, items);
}

/** The board's fields and the one issue's item on it (undefined when it is none): 1 request. */
export async function readIssueItem(
  github: GitHubClient,
  ref: ProjectRef,
  issueNodeId: string,
): Promise<{ board: Board; item?: BoardItem }> {
  const data = await query<{
    repositoryOwner: OwnerNode | null;
    node: { projectItems?: { nodes: (ItemNode | null)[] } } | null;
  }>(github, ref, ISSUE_ITEM_QUERY, { owner: ref.owner, number: ref.number, issueId: issueNodeId });
  const project = projectOf(ref, data.repositoryOwner);
  const node = (data.node?.projectItems?.nodes ?? []).find(
    (candidate) => candidate?.project?.id === project.id,
  );
  const item = node ? { ...toItem(node), contentId: issueNodeId } : undefined;
  return { board: boardOf(data.repositoryOwner!, project, item ? [item] : []), ...(item ? { item } : {}) };
}

export interface BoardReach {
  title: string;
  url: string;
  /** "User" or "Organization". */
  ownerType: string;
  /** The token may write it (ProjectV2.viewerCanUpdate). */
  canUpdate: boolean;
}

/** Can this token reach and write the board? 1 request, read only (roadmap doctor). */
export async function checkBoard(github: GitHubClient, ref: ProjectRef): Promise<BoardReach> {
  const data = await query<{
    repositoryOwner: {
      __typename?: string;
      projectV2?: { title: string; url: string; viewerCanUpdate?: boolean } | null;
    } | null;
  }>(github, ref, BOARD_CHECK_QUERY, { owner: ref.owner, number: ref.number });
  const owner = data.repositoryOwner;
  if (!owner?.projectV2)
    throw new BoardUnreachable(`${projectName(ref)} was not found, or this token cannot see it`, "not-found");
  return {
    title: owner.projectV2.title,
    url: owner.projectV2.url,
    ownerType: owner.__typename ?? "",
    canUpdate: owner.projectV2.viewerCanUpdate === true,
  };
}
