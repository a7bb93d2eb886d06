// `npm run db:seed`: applies the schema and loads the demo data into an empty database.
process.argv.push("--seed");
await import("./db-setup");
export {};
