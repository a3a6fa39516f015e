// The Action's entry point (bundled to action/dist/index.js by `npm run build`).
import { run } from "./runner.js";

await run();
