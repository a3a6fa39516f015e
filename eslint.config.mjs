// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// core/ is the pure domain: it gets GitHub, the clock and the logger as parameters and
// never touches the process, the file system or an adapter package itself.
const CORE_IS_PURE = [
  { group: ["@actions/*"], message: "core/ is pure: the Action adapter lives in action/." },
  { group: ["probot", "probot/*"], message: "core/ is pure: the app adapter lives in bot/." },
  { group: ["fs", "node:fs", "fs/*", "node:fs/*"], message: "core/ does no I/O: pass the text in." },
  {
    group: ["child_process", "node:child_process", "http", "node:http", "https", "node:https"],
    message: "core/ does no I/O.",
  },
  {
    group: ["**/cli/*", "**/bot/*", "**/action/*", "**/octokit/*"],
    message: "core/ never imports an adapter.",
  },
];

// The use cases: each answers one job and never imports another. What two of them share
// lives in a room of its own (core/issues, core/github, core/practice, core/text, ...).
const USE_CASES = ["sync", "daily", "notes", "readme", "import"];
// The adapters: each turns one way in (a terminal, a workflow run, a webhook) into core/
// calls and never leans on another. What they share is octokit/ (the client set-up).
const ADAPTERS = ["cli", "action", "bot"];

function importsOf(folders) {
  return folders.flatMap((folder) => [`../${folder}/*`, `../../${folder}/*`, `../../../${folder}/*`]);
}

/** core/<room>: pure, and no other use case. (A later block replaces the whole rule.) */
function useCaseRule(room) {
  const others = USE_CASES.filter((other) => other !== room);
  return {
    files: [`core/${room}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...CORE_IS_PURE,
            {
              group: importsOf(others),
              message: `core/${room} is a use case: it never imports another (move what both need to a shared room).`,
            },
          ],
        },
      ],
    },
  };
}

function adapterRule(adapter) {
  return {
    files: [`${adapter}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: importsOf(ADAPTERS.filter((other) => other !== adapter)),
              message: `${adapter}/ is an adapter: it never imports another (shared set-up lives in octokit/ or core/).`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ["node_modules/", "action/dist/", "coverage/", "bench/peers/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: CORE_IS_PURE }],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "core/ never reads the environment: take it as a parameter." },
        { name: "fetch", message: "core/ does no I/O: take a client as a parameter." },
      ],
    },
  },
  ...USE_CASES.map(useCaseRule),
  ...ADAPTERS.map(adapterRule),
);
