// The three ways to use roadmap-ops, as `npm start` ends with them: what each needs and
// the first command. Says plainly that `npm run bot` is a server, not an installer.

export interface WaysInInput {
  /** "roadmap-ops/roadmap-ops/action@v1": what a workflow's `uses:` says. */
  action: string;
}

export function waysIn({ action }: WaysInInput): string {
  return [
    'Three ways in (README.md, "Which way in", compares them):',
    "",
    "  1. A new repository of your own, from the template (the Action runs it; no server):",
    "       npx roadmap init ../my-roadmap --from my-plan.md   (or without --from: a starter roadmap)",
    "     writes the roadmap, README, workflow and notes folder, then prints the three steps on GitHub:",
    "     push, allow the Action, run the Roadmap workflow once.",
    "",
    "  2. The Action in a repository you already have (no server):",
    "       npx roadmap init path/to/your-repo   (keeps every file that exists; --force replaces them)",
    `     or by hand: roadmap/roadmap.yml, the two README marker lines, and a workflow with uses: ${action}`,
    "",
    "  3. The GitHub App, which reacts to every push and pull request within seconds (you host it):",
    "       npm run bot:setup   then   npm run bot",
    "     bot:setup serves a page at http://localhost:3000/probot that registers a GitHub App from",
    "     app.yml and saves its credentials in .env; bot then starts the app's web server on port",
    "     3000 (it installs nothing, and never serves that page). You install the app on your repositories",
    "     from its GitHub page and keep the server running where GitHub can reach it (a smee.io",
    "     channel while developing, `docker compose up -d` on a host). The app syncs issues, labels",
    "     and checks; the README block and the daily problem still come from the Action (way 1 or 2).",
    "",
  ].join("\n");
}
