// A Projects (v2) board behind FakeGitHub's nock: the GraphQL operations of core/board
// (named queries and mutations, core/board/queries.ts) answered from an in-memory project,
// every one recorded by name with its variables (`board.requests`) and in FakeGitHub's
// `requests` (so "nothing else was sent" and fault injection — fake.fail({ on: { method:
// "POST", path: /graphql/ }, kind: "lost" }) — work as for REST). Other GraphQL (pinning an
// issue) is not intercepted here: helpers/action.ts answers it.
import type { FakeGitHub, Reply } from "./fake-github.js";

export interface BoardRequest {
  name: string;
  variables: Record<string, unknown>;
  /** The batch document it came in (core/board/batch.ts): "addProjectItems" or "setProjectFields". */
  batch?: string;
  /** The Authorization header it came with ("token …"). */
  authorization?: string;
}

interface FakeField {
  id: string;
  name: string;
  dataType: string;
  options?: { id: string; name: string }[];
}

interface FakeItem {
  id: string;
  contentId: string;
  values: Map<string, { optionId?: string; date?: string }>;
}

export const BOARD_OPERATIONS = [
  "boardProject",
  "boardItems",
  "boardIssueItem",
  "boardCheck",
  "projectFields",
  "addProjectItem",
  "setProjectField",
  "clearProjectField",
  "createProjectField",
  "addProjectItems",
  "setProjectFields",
] as const;

/** A batch's aliased mutations, as core/board/batch.ts writes them: the single operation each stands for. */
const BATCHED =
  /(\w+): (addProjectV2ItemById|updateProjectV2ItemFieldValue|clearProjectV2ItemFieldValue)\(input: \{ ([^}]*) \}\)/g;
const SINGLE: Record<string, string> = {
  addProjectV2ItemById: "addProjectItem",
  updateProjectV2ItemFieldValue: "setProjectField",
  clearProjectV2ItemFieldValue: "clearProjectField",
};

function operationName(body: unknown): string | undefined {
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== "string") return undefined;
  return /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
}

type Variables = Record<string, unknown>;

/** A request body predicate for FakeGitHub's faults: the board's operation `name`. */
export function operation(name: string): (body: unknown) => boolean {
  return (body) => operationName(body) === name;
}

export class FakeProject {
  readonly requests: BoardRequest[] = [];
  readonly fields: FakeField[];
  readonly items: FakeItem[] = [];
  readonly id: string;
  /** Items per page the fake answers at most (GitHub: 100, what core asks). */
  private nextId = 1;
  /** Tokens that may read and write it (undefined: any). */
  tokens: string[] | undefined;
  /** The tokens may see it but not write it (viewerCanUpdate false). */
  readOnly = false;

  constructor(
    readonly owner = "octo-learner",
    readonly number = 3,
    readonly ownerType: "User" | "Organization" = "User",
  ) {
    this.id = `PVT_${owner}_${number}`;
    // A new board's fields: Title and the default Status.
    this.fields = [
      { id: "PVTF_title", name: "Title", dataType: "TITLE" },
      {
        id: "PVTSSF_status",
        name: "Status",
        dataType: "SINGLE_SELECT",
        options: [
          { id: "opt_todo", name: "Todo" },
          { id: "opt_progress", name: "In Progress" },
          { id: "opt_done", name: "Done" },
        ],
      },
    ];
  }

  get mutations(): BoardRequest[] {
    return this.requests.filter((request) => /^(add|set|clear|create)/.test(request.name));
  }

  get url(): string {
    return `https://github.com/${this.ownerType === "User" ? "users" : "orgs"}/${this.owner}/projects/${this.number}`;
  }

  field(name: string): FakeField | undefined {
    return this.fields.find((field) => field.name.toLowerCase() === name.toLowerCase());
  }

  /** The item of an issue (by node id). */
  item(contentId: string): FakeItem | undefined {
    return this.items.find((item) => item.contentId === contentId);
  }

  /** The option name (or date) an issue's item shows in a field. */
  valueOf(contentId: string, fieldName: string): string | undefined {
    const field = this.field(fieldName);
    const value = field ? this.item(contentId)?.values.get(field.id) : undefined;
    if (!value) return undefined;
    return value.date ?? field?.options?.find((o) => o.id === value.optionId)?.name;
  }

  addItem(contentId: string): FakeItem {
    const existing = this.item(contentId);
    if (existing) return existing;
    const item: FakeItem = { id: `PVTI_${this.nextId++}`, contentId, values: new Map() };
    this.items.push(item);
    return item;
  }

  /** Answers the board's operations on `fake`'s POST /graphql. */
  attach(fake: FakeGitHub): this {
    fake.addRoute(
      "POST",
      /^\/graphql$/,
      (_uri, body, headers) => this.answer(body, headers),
      (body) => (BOARD_OPERATIONS as readonly string[]).includes(operationName(body) ?? ""),
    );
    return this;
  }

  private answer(body: unknown, headers?: Record<string, unknown>): Reply {
    const name = operationName(body)!;
    const variables = ((body as { variables?: Variables }).variables ?? {}) as Variables;
    const authorization = headers?.authorization;
    this.requests.push({
      name,
      variables,
      ...(typeof authorization === "string" ? { authorization } : {}),
    });
    if (this.tokens && !this.tokens.some((token) => authorization === `token ${token}`)) {
      return [
        200,
        {
          data:
            name === "boardProject" || name === "boardIssueItem"
              ? { repositoryOwner: null, node: null }
              : null,
          errors: [
            {
              type: "NOT_FOUND",
              message: `Could not resolve to a ProjectV2 with the number ${this.number}.`,
            },
          ],
        },
      ];
    }
    if (this.readOnly && /^(add|set|clear|create)/.test(name)) {
      return [
        200,
        {
          data: null,
          errors: [{ type: "FORBIDDEN", message: "Resource not accessible by personal access token" }],
        },
      ];
    }
    if (name === "addProjectItems" || name === "setProjectFields") {
      // One recorded request per mutation the batch carries, answered under its alias.
      this.requests.pop();
      const query = String((body as { query: string }).query);
      const data: Record<string, unknown> = {};
      for (const [, alias, mutation, args] of query.matchAll(BATCHED)) {
        const single = SINGLE[mutation!]!;
        const own: Variables = {};
        for (const [, key, variable] of args!.matchAll(/(\w+): \$(\w+)/g)) own[key!] = variables[variable!];
        this.requests.push({
          name: single,
          variables: own,
          batch: name,
          ...(typeof authorization === "string" ? { authorization } : {}),
        });
        data[alias!] = Object.values(this.data(single, own) as Record<string, unknown>)[0];
      }
      return [200, { data }];
    }
    return [200, { data: this.data(name, variables) }];
  }

  private fieldNode(field: FakeField) {
    return {
      id: field.id,
      name: field.name,
      dataType: field.dataType,
      ...(field.options ? { options: field.options } : {}),
    };
  }

  private itemNode(item: FakeItem) {
    return {
      id: item.id,
      project: { id: this.id },
      content: { id: item.contentId },
      fieldValues: {
        nodes: [...item.values].map(([fieldId, value]) => ({ ...value, field: { id: fieldId } })),
      },
    };
  }

  private itemsPage(after: string | undefined) {
    const start = after ? Number(after.replace("cursor:", "")) : 0;
    const nodes = this.items.slice(start, start + 100);
    const end = start + nodes.length;
    return {
      pageInfo: { hasNextPage: end < this.items.length, endCursor: nodes.length ? `cursor:${end}` : null },
      nodes: nodes.map((item) => this.itemNode(item)),
    };
  }

  private project() {
    return {
      id: this.id,
      title: "Learning roadmap",
      url: this.url,
      fields: { nodes: this.fields.map((f) => this.fieldNode(f)) },
    };
  }

  private owns(variables: Variables): boolean {
    return (
      String(variables.owner).toLowerCase() === this.owner.toLowerCase() && variables.number === this.number
    );
  }

  private data(name: string, variables: Variables): unknown {
    switch (name) {
      case "boardProject":
        return {
          repositoryOwner: {
            __typename: this.ownerType,
            projectV2: this.owns(variables) ? { ...this.project(), items: this.itemsPage(undefined) } : null,
          },
        };
      case "boardItems":
        return { node: { items: this.itemsPage(variables.after as string) } };
      case "boardIssueItem": {
        const item = this.item(String(variables.issueId));
        return {
          repositoryOwner: {
            __typename: this.ownerType,
            projectV2: this.owns(variables) ? this.project() : null,
          },
          node: { projectItems: { nodes: item ? [this.itemNode(item)] : [] } },
        };
      }
      case "boardCheck":
        return {
          repositoryOwner: {
            __typename: this.ownerType,
            projectV2: this.owns(variables)
              ? { id: this.id, title: "Learning roadmap", url: this.url, viewerCanUpdate: !this.readOnly }
              : null,
          },
        };
      case "projectFields":
        return { node: { fields: { nodes: this.fields.map((f) => this.fieldNode(f)) } } };
      case "addProjectItem":
        return { addProjectV2ItemById: { item: { id: this.addItem(String(variables.contentId)).id } } };
      case "setProjectField": {
        const item = this.items.find((candidate) => candidate.id === variables.itemId)!;
        const value = variables.value as { singleSelectOptionId?: string; date?: string };
        item.values.set(
          String(variables.fieldId),
          value.singleSelectOptionId
            ? { optionId: value.singleSelectOptionId }
            : { date: String(value.date) },
        );
        return { updateProjectV2ItemFieldValue: { projectV2Item: { id: item.id } } };
      }
      case "clearProjectField": {
        const item = this.items.find((candidate) => candidate.id === variables.itemId)!;
        item.values.delete(String(variables.fieldId));
        return { clearProjectV2ItemFieldValue: { projectV2Item: { id: item.id } } };
      }
      case "createProjectField": {
        const fieldName = String(variables.name);
        const id = `PVTF_${this.nextId++}`;
        const options = (variables.options as { name: string }[] | undefined)?.map((o, i) => ({
          id: `${id}_opt${i}`,
          name: o.name,
        }));
        const field: FakeField = {
          id,
          name: fieldName,
          dataType: String(variables.dataType),
          ...(options ? { options } : {}),
        };
        this.fields.push(field);
        return { createProjectV2Field: { projectV2Field: this.fieldNode(field) } };
      }
      default:
        throw new Error(`FakeProject: no operation ${name}`);
    }
  }
}
