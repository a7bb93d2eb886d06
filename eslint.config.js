import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  // `const { secret: _s, ...rest } = row` leaves a field out on purpose: the underscore says so.
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true }] } },
  { ignores: ["test-results/**", "node_modules/**", ".next/**", "lib/db/generated/**", "prisma/.postgres/**", "next-env.d.ts", "data/**"] },
];

export default config;
