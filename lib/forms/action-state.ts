// What a server action hands back to its form: messages beside fields, a general message,
// or the changes that made a save stale.
import { databaseTrouble } from "@/lib/db/unavailable";
import { AppError, ConflictError, ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";

export interface FormState {
  fieldErrors?: Record<string, string>;
  message?: string;
  conflict?: { changes: { field: string; by: string; at: string | Date; version: number }[] };
  ok?: boolean;
  /** What was submitted, so a refused form shows it again instead of losing it. */
  values?: Record<string, string>;
}

export function submittedValues(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string") as [string, string][]);
}

/** Turns an expected error into form state; anything else is logged and answered generically. */
export function formStateOf(error: unknown, values?: Record<string, string>): FormState {
  return { ...stateOf(error), values };
}

function stateOf(error: unknown): FormState {
  if (error instanceof ValidationError) {
    const fields = (error.details as { fields?: { path: string; message: string }[] } | undefined)?.fields ?? [];
    const fieldErrors = Object.fromEntries(fields.map((f) => [f.path, f.message]));
    return { fieldErrors, message: fields.length ? m.form.fixErrors : error.message };
  }
  if (error instanceof ConflictError) return { message: error.message, conflict: error.details as FormState["conflict"] };
  if (error instanceof AppError) return { message: error.message };
  const trouble = databaseTrouble(error);
  if (trouble) return { message: trouble.message };
  console.error("[action] unexpected error", error);
  return { message: m.errors.generic };
}

/**
 * A form's fields as one value each: fields named in `lists` (groups of checkboxes) join their
 * ticked values with commas; every other field keeps its last value (a ticked checkbox's "on"
 * after its hidden "false").
 */
export function formInput(form: FormData, lists: readonly string[] = []): Record<string, string> {
  const values = submittedValues(form);
  for (const name of lists) values[name] = form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "").join(",");
  return values;
}
