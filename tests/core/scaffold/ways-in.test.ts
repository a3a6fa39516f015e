import { describe, expect, it } from "vitest";
import { waysIn } from "../../../core/scaffold/ways-in.js";

describe("waysIn: how npm start ends", () => {
  const text = waysIn({ action: "o/r/action@v2" });

  it("names the three ways in order, each with its first command", () => {
    const template = text.indexOf("1. A new repository of your own, from the template");
    const action = text.indexOf("2. The Action in a repository you already have");
    const app = text.indexOf("3. The GitHub App");
    expect(template).toBeGreaterThan(0);
    expect(action).toBeGreaterThan(template);
    expect(app).toBeGreaterThan(action);
    expect(text.slice(template, action)).toContain("npx roadmap init ../my-roadmap --from my-plan.md");
    expect(text.slice(action, app)).toContain("uses: o/r/action@v2");
  });

  it("says what npm run bot really does: a server that registers an app, not an installer", () => {
    const app = text.slice(text.indexOf("3. The GitHub App"));
    expect(app).toContain("npm run bot:setup   then   npm run bot");
    expect(app).toMatch(
      /bot:setup serves a page at http:\/\/localhost:3000\/probot that registers a GitHub App from\s+app\.yml/,
    );
    expect(app).toMatch(/starts the app's web server on port\s+3000/);
    expect(app).toMatch(/it installs nothing, and never serves that page/);
    expect(app).toMatch(/the README block and the daily problem still come from the Action/);
  });
});
