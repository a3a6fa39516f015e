// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "action/dist/", "coverage/"] },
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
    // core/ is the pure domain: it gets GitHub, the clock and the logger as parameters
    // and never touches the process, the file system or an adapter package itself.
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@actions/*"], message: "core/ is pure: the Action adapter lives in action/." },
            { group: ["probot", "probot/*"], message: "core/ is pure: the app adapter lives in bot/." },
            {
              group: ["fs", "node:fs", "fs/*", "node:fs/*"],
              message: "core/ does no I/O: pass the text in.",
            },
            {
              group: ["child_process", "node:child_process", "http", "node:http", "https", "node:https"],
              message: "core/ does no I/O.",
            },
            {
              group: ["../cli/*", "../bot/*", "../action/*", "../../cli/*", "../../bot/*", "../../action/*"],
              message: "core/ never imports an adapter.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "core/ never reads the environment: take it as a parameter." },
        { name: "fetch", message: "core/ does no I/O: take a client as a parameter." },
      ],
    },
  },
);
