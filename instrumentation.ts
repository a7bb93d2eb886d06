// Runs once when the server starts: a timer that announces late push answers every ten
// minutes, so a bank and the bureau hear of a missed deadline without anyone opening a page.
const EVERY_MS = 10 * 60_000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { announceOverduePushes } = await import("@/lib/services/push-overdue");
  const run = () => announceOverduePushes().catch((e: unknown) => console.error("overdue push notices failed:", e));
  setTimeout(run, 5_000).unref();
  setInterval(run, EVERY_MS).unref();
}
