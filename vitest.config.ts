import { defineConfig } from "vitest/config";

// The tests that run the App as real processes (tests/bot/queue/*.e2e.test.ts) time each
// webhook's answer: they run after the others, one file at a time, so the rest of the
// suite does not compete with them for the CPU.
const PROCESS_TESTS = "tests/bot/queue/*.e2e.test.ts";

export default defineConfig({
  test: {
    setupFiles: ["tests/helpers/no-network.ts"],
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: [PROCESS_TESTS] },
      },
      {
        extends: true,
        test: {
          name: "processes",
          include: [PROCESS_TESTS],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
