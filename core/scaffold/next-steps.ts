// What a learner does after `roadmap init`: the three things no file can do for them.
// Printed last, so it is what stays on the screen.

export interface NextStepsInput {
  /** The directory as the learner typed it ("." when it is the working directory). */
  dir: string;
  /** "owner/repo" of the published Action, e.g. roadmap-ops/roadmap-ops. */
  actionRepository: string;
}

export function nextSteps({ dir, actionRepository }: NextStepsInput): string {
  const cd = dir === "." ? "" : `cd ${/^[\w./-]+$/.test(dir) ? dir : JSON.stringify(dir)} && `;
  return [
    "Next steps:",
    "  1. Push it to a new GitHub repository (default branch main):",
    `       ${cd}git init -b main && git add -A && git commit -m "My learning roadmap"`,
    "       gh repo create --private --source . --push   (or create it on github.com, then git remote add origin … && git push -u origin main)",
    "  2. On GitHub, Settings → Actions → General:",
    `     - Actions permissions: allow ${actionRepository}'s Action ("Allow all actions", or add ${actionRepository}/action@* to the allowed list).`,
    "     - Workflow permissions: the workflow asks per job for what it needs (contents, issues, actions,",
    "       pull-requests, checks: write); if your account or organization caps tokens lower, choose",
    '       "Read and write permissions".',
    "  3. Run the workflow once: Actions tab → Roadmap → Run workflow (or `gh workflow run roadmap.yml`).",
    "     Do not wait for the push: a repository's first commit has nothing before it for the",
    "     `push: paths` filter to compare with, so it may not start the workflow, and the schedule runs",
    "     once a day (05:17 UTC). This first run creates the labels and issues and fills the README.",
    "",
    "The roadmap CLI (validate, render, doctor, …) runs from your roadmap-ops clone:",
    `  node path/to/roadmap-ops/cli/roadmap.mjs validate ${dir === "." ? "" : `${dir}/`}roadmap/roadmap.yml`,
    "(a bare `npx roadmap` outside that clone would fetch an unrelated npm package named roadmap).",
    "",
  ].join("\n");
}
