import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "app/**/*.test.tsx"],
    environment: "node",
    // A scenario with its claims' 1,000 draws takes a fraction of a second, but several seconds on a busy 2-core CI
    // machine running two test files at once: the default 5 s would fail tests for the machine, not the code.
    testTimeout: 30_000,
  },
});
