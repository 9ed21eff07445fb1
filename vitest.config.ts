import { defineConfig } from "vitest/config";

// Charts are snapshot-tested in UTC so the SVG does not depend on the machine's zone.
process.env.TZ = "UTC";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts", "test/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
  },
});
