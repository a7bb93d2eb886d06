// How the ADB pages write a whole sum of 万元: without decimals when it is whole (104,657 万元),
// to the yuan otherwise, so no total is rounded on the way to the screen.
import { formatWan } from "@/lib/domain/format";
import { YUAN_PER_WAN, type Yuan } from "@/lib/domain/money";

export function exactWan(yuan: Yuan): string {
  return formatWan(yuan, yuan % YUAN_PER_WAN === 0n ? 0 : 4);
}
