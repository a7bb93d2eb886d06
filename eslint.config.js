import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ["node_modules/**", ".next/**", "lib/db/generated/**", "prisma/.postgres/**", "next-env.d.ts", "data/**"] },
];

export default config;
