// A stored project as the text its edit form starts from (amounts in 万元, exact).
import { yuanToWanText } from "@/lib/domain/money";

export function projectFormValues(p: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === null || v === undefined || typeof v === "object") continue;
    out[k] = typeof v === "bigint" ? yuanToWanText(v) : String(v);
  }
  return out;
}
