import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * lib/ holds the data layer, the model and the pure chart series builders. It must stay free of React, Next,
 * recharts and react-query so the same code runs in the server, the browser, a Web Worker and Vitest.
 */
const LIB_BOUNDARY = {
  patterns: [
    { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "lib/ must not depend on React." },
    { group: ["next", "next/*"], message: "lib/ must not depend on Next.js." },
    {
      group: ["recharts", "recharts/*"],
      message: "Charts draw in app/ui/charts; lib/charts builds series only.",
    },
    { group: ["@tanstack/*"], message: "react-query belongs in app/." },
    { group: ["nuqs", "nuqs/*"], message: "URL state helpers in lib/url are pure; nuqs belongs in app/." },
    { group: ["@/app/*", "../app/*", "../../app/*"], message: "lib/ must not import from app/." },
  ],
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", LIB_BOUNDARY] },
  },
  {
    // The model returns numbers and reason ids: words live in lib/views, charts in lib/charts.
    files: ["lib/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_BOUNDARY.patterns,
            {
              group: ["../charts/*", "../views/*", "@/lib/charts/*", "@/lib/views/*"],
              message:
                "lib/model returns numbers and reason ids; words belong in lib/views, charts in lib/charts.",
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line scripts and benchmarks report to the terminal.
    files: ["scripts/**", "e2e/**", "bench/**"],
    // Playwright fixtures call their argument `use`, which is not React's hook.
    rules: { "no-console": "off", "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
