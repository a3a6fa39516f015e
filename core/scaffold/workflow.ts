// .github/workflows/roadmap.yml for a learner's repository: the same workflow this
// repository runs (a test keeps the two equal), with the published Action instead of
// ./action. Complete on its own: triggers, per-job least-privilege permissions, runners,
// timeouts and concurrency groups.

/**
 * The workflow text. `action` is what the steps use: "owner/repo/action@v1" for a learner,
 * "./action" in this repository.
 */
export function roadmapWorkflow(action: string): string {
  return `# Keeps the roadmap in step with GitHub: topic issues and status labels, the README's
# progress block and chart, and one LeetCode problem a day on the daily-practice issue.
# Everything runs in the roadmap-ops Action (command: auto picks the steps from the
# event). Each job gets only the permissions its events need.
name: Roadmap

on:
  schedule:
    # Daily, at an off-peak minute (GitHub delays runs scheduled on the hour).
    - cron: "17 5 * * *"
  workflow_dispatch:
    inputs:
      date:
        description: Day of the LeetCode problem, YYYY-MM-DD (empty for today)
        required: false
        default: ""
  issues:
    types: [closed, reopened, edited]
  # A ticked "Solved" box in a daily comment moves the streak in the README; comments on
  # other issues are skipped by the Action without a request.
  issue_comment:
    types: [edited]
  push:
    branches: [main]
    paths: [roadmap/roadmap.yml]
  # Study-notes pull requests, forks included. pull_request_target runs this workflow as it
  # is on the default branch with a token that can write; that is safe here because no job
  # checks out or runs the pull request's code: the Action reads its files through the API
  # as data.
  pull_request_target:
    types: [opened, synchronize, reopened, edited, closed]
    paths: ["notes/**"]

# Nothing by default: each job asks for what it needs.
permissions: {}

# Who may start a run: issue and comment events from outsiders (anyone can open, edit and
# comment on their own issues) are skipped at job level, before they queue into the
# \`events\` group and displace a real run. A topic issue and the daily comments are
# github-actions[bot]'s; ticking a box in them takes write access, which an outsider lacks.
jobs:
  roadmap:
    # Everything but the schedule and pull requests; comments matter only on the
    # daily-practice issue (a ticked Solved box).
    if: >-
      github.event_name != 'schedule' &&
      github.event_name != 'pull_request_target' &&
      (github.event_name != 'issues' ||
        github.event.issue.user.login == 'github-actions[bot]' ||
        contains(fromJSON('["OWNER","MEMBER","COLLABORATOR"]'), github.event.issue.author_association)) &&
      (github.event_name != 'issue_comment' ||
        (contains(github.event.issue.labels.*.name, 'daily') &&
          (github.event.comment.user.login == 'github-actions[bot]' ||
            contains(fromJSON('["OWNER","MEMBER","COLLABORATOR"]'), github.event.comment.author_association))))
    runs-on: ubuntu-latest
    # The write budget (the Action's max-writes, 400 by default) at GitHub's 1 write a second
    # is about 7 minutes; 15 leaves room for the reads, start-up and a secondary limit waited
    # out. A large roadmap is finished across runs: each stops cleanly at its budget, none fails.
    timeout-minutes: 15
    # Runs queue rather than cancel: a cancelled run could stop between two writes. GitHub
    # keeps only one pending run per group, so two groups: manual runs and pushes (sync,
    # daily comment), shared with the schedule, are never displaced by a burst of issue
    # events (every tick is an \`issues: edited\`); issue events only touch status labels and
    # the README, and one dropped among them is put right by the next scheduled sync, which
    # derives every status label from the issues. The two groups can meet on README.md: the
    # Action re-reads on a conflict and retries.
    concurrency:
      group: roadmap-\${{ github.repository }}-\${{ (github.event_name == 'issues' || github.event_name == 'issue_comment') && 'events' || 'runs' }}
      cancel-in-progress: false
    permissions:
      contents: write # README.md and roadmap/progress.svg through the Contents API
      issues: write # topic issues, labels, the daily comment
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          persist-credentials: false
      - uses: ${action}
        with:
          command: auto
          # Passed as an input, never interpolated into a shell line.
          date: \${{ github.event.inputs.date }}
          timezone: UTC
          # Only for a Projects board (settings.project): a fine-grained token with Projects
          # read and write; unset, the board is skipped. Used for the board's requests only.
          project-token: \${{ secrets.ROADMAP_PROJECT_TOKEN }}

  scheduled:
    if: github.event_name == 'schedule'
    runs-on: ubuntu-latest
    timeout-minutes: 10
    concurrency:
      group: roadmap-\${{ github.repository }}-runs
      cancel-in-progress: false
    permissions:
      contents: write
      issues: write
      # Only the schedule keeps itself alive: it re-enables this workflow through the API
      # (PUT /repos/{owner}/{repo}/actions/workflows/roadmap.yml/enable) once there was no
      # push for 50 days, since GitHub pauses schedules after 60 days without activity.
      # Without this permission the run still succeeds and only warns.
      actions: write
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          persist-credentials: false
      - uses: ${action}
        with:
          command: auto
          timezone: UTC
          project-token: \${{ secrets.ROADMAP_PROJECT_TOKEN }}

  # An open pull request (a fork's too) only needs its label, comment and check: no write
  # to contents or topic issues. One group for all of them caps the runners any number of
  # pull requests can hold at one running and one waiting (a displaced check is redone by
  # the pull request's next push); merges have their own job and group, never displaced.
  notes:
    if: github.event_name == 'pull_request_target' && !github.event.pull_request.merged
    runs-on: ubuntu-latest
    timeout-minutes: 10
    concurrency:
      group: roadmap-notes-checks-\${{ github.repository }}
      cancel-in-progress: false
    permissions:
      contents: read # the notes and the roadmap through the Contents API
      issues: read # the topic issues the notes belong to
      pull-requests: write # the notes label and the one summary comment on the PR
      checks: write # the "roadmap notes" check run
    steps:
      # The default branch (the base), never the pull request's head: nothing from the PR runs.
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          persist-credentials: false
      - uses: ${action}
        with:
          command: auto

  notes-merge:
    # Only a merge writes to topic issues and the README, so only it gets those permissions.
    if: github.event_name == 'pull_request_target' && github.event.action == 'closed' && github.event.pull_request.merged == true
    runs-on: ubuntu-latest
    timeout-minutes: 10
    # Per pull request, so a merge run is never displaced by the issue events the same
    # merge fires (its ticks and comment are not redone by the schedule). Its README commit
    # and the roadmap job's can meet: the Action re-reads on a conflict and retries.
    concurrency:
      group: roadmap-notes-\${{ github.event.pull_request.number }}
      cancel-in-progress: false
    permissions:
      contents: write # README.md and the chart
      issues: write # tick focus items, status labels, a comment on the topic issue
      pull-requests: write # "merged" on the one summary comment
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          persist-credentials: false
      - uses: ${action}
        with:
          command: auto
`;
}
