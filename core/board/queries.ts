// The GraphQL documents of the board (GitHub's Projects v2 API), each named: the fake in
// tests (tests/helpers/fake-project.ts) and the bench tell them apart by that name.
import { PROJECT_FIELD_SELECTION } from "../github/project-fields.js";
import { FIELDS_PER_PAGE } from "../github/project-fields.js";

/** Items read per page (GitHub's most for a connection). */
export const ITEMS_PER_PAGE = 100;
/** Field values read per item: one per field at most (a project has at most 50 fields). */
export const VALUES_PER_ITEM = 50;

const ITEM_SELECTION = `id
          content { ... on Issue { id } }
          fieldValues(first: ${VALUES_PER_ITEM}) {
            nodes {
              ... on ProjectV2ItemFieldSingleSelectValue { optionId field { ... on ProjectV2FieldCommon { id } } }
              ... on ProjectV2ItemFieldDateValue { date field { ... on ProjectV2FieldCommon { id } } }
            }
          }`;

const PROJECT_SELECTION = `id
        title
        url
        fields(first: ${FIELDS_PER_PAGE}) {
          nodes {
          ${PROJECT_FIELD_SELECTION}
          }
        }`;

/** The project with its fields and the first page of items; owner type resolved by GitHub. */
export const BOARD_QUERY = `query boardProject($owner: String!, $number: Int!) {
  repositoryOwner(login: $owner) {
    __typename
    ... on ProjectV2Owner {
      projectV2(number: $number) {
        ${PROJECT_SELECTION}
        items(first: ${ITEMS_PER_PAGE}) {
          pageInfo { hasNextPage endCursor }
          nodes {
          ${ITEM_SELECTION}
          }
        }
      }
    }
  }
}`;

/** The next page of items. */
export const BOARD_ITEMS_QUERY = `query boardItems($projectId: ID!, $after: String!) {
  node(id: $projectId) {
    ... on ProjectV2 {
      items(first: ${ITEMS_PER_PAGE}, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
        ${ITEM_SELECTION}
        }
      }
    }
  }
}`;

/** A status event: the project's fields and the one issue's items, in one request. */
export const ISSUE_ITEM_QUERY = `query boardIssueItem($owner: String!, $number: Int!, $issueId: ID!) {
  repositoryOwner(login: $owner) {
    __typename
    ... on ProjectV2Owner {
      projectV2(number: $number) {
        ${PROJECT_SELECTION}
      }
    }
  }
  node(id: $issueId) {
    ... on Issue {
      projectItems(first: 50) {
        nodes {
          project { id }
          ${ITEM_SELECTION}
        }
      }
    }
  }
}`;

export const ADD_ITEM_MUTATION = `mutation addProjectItem($projectId: ID!, $contentId: ID!) {
  addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) { item { id } }
}`;

export const SET_VALUE_MUTATION = `mutation setProjectField($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }) { projectV2Item { id } }
}`;

export const CLEAR_VALUE_MUTATION = `mutation clearProjectField($projectId: ID!, $itemId: ID!, $fieldId: ID!) {
  clearProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId }) { projectV2Item { id } }
}`;

export const CREATE_FIELD_MUTATION = `mutation createProjectField($projectId: ID!, $name: String!, $dataType: ProjectV2CustomFieldType!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
  createProjectV2Field(input: { projectId: $projectId, name: $name, dataType: $dataType, singleSelectOptions: $options }) {
    projectV2Field {
      ${PROJECT_FIELD_SELECTION}
    }
  }
}`;

/** `roadmap doctor`: the project, and whether this token may write it (no items read). */
export const BOARD_CHECK_QUERY = `query boardCheck($owner: String!, $number: Int!) {
  repositoryOwner(login: $owner) {
    __typename
    ... on ProjectV2Owner {
      projectV2(number: $number) { id title url viewerCanUpdate }
    }
  }
}`;
