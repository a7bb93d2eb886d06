import type { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";

/**
 * Where the input holds a NUL character (U+0000), if anywhere. PostgreSQL text cannot hold one
 * and refuses the whole query (a server error), so it is invalid input on either engine. Walked
 * with a stack, not recursion: input nested thousands deep must not overflow this check.
 */
function nulPath(input: unknown): string | null {
  const stack: [unknown, string][] = [[input, ""]];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000")) return path;
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (key.includes("\u0000")) return at;
        stack.push([item, at]);
      }
    }
  }
  return null;
}

/** Parses input with a shared schema; failures become a 400 with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const nul = nulPath(input);
  if (nul !== null) throw new ValidationError(m.errors.validation, { fields: [{ path: nul, message: m.errors.nulCharacter }] });
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  throw new ValidationError(m.errors.validation, { fields });
}
