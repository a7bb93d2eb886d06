import type { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";

/** Parses input with a shared schema; failures become a 400 with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  throw new ValidationError(m.errors.validation, { fields });
}
