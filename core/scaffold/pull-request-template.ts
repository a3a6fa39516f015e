// .github/pull_request_template.md for a learner's repository: the template this
// repository uses (a test keeps the two equal). It reminds whoever opens a notes pull
// request where notes go and how `Completes #N` finishes a topic.

export const PULL_REQUEST_TEMPLATE = `<!--
Study notes? Put them in notes/<topic-id>/ (see notes/README.md): the "roadmap notes"
check tells you if a topic id or a focus item is misspelt. Other changes: delete what
does not apply.
-->

## Topic

<!-- The roadmap topic these notes are for, e.g. redis, and its issue number. -->

## What I learned

<!-- A few lines: the idea that clicked, what surprised you, what to revisit. -->

## Finished the topic?

<!--
To close the topic's issue when this pull request is merged, write a line like this one
outside this comment, with the issue's number:

Completes #<issue number>

GitHub's own keywords such as "Closes #<issue number>" work too.
-->
`;
