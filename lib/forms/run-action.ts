// The one door from a form to a service: the signed-in actor and the client address, the form's
// fields as one value each, and any refusal turned into form state that keeps what was typed.
import { headers } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { clientIp } from "@/lib/http/ip";
import { formInput, formStateOf, type FormState } from "./action-state";

export type Refused = { refused: FormState };

/**
 * Runs `call` for the signed-in actor. Returns its result, or `{ refused }` to hand back to the form.
 * `lists` names fields that hold several ticked values (see formInput).
 */
export async function runAction<T>(
  form: FormData,
  call: (actor: Actor, input: Record<string, string>, ip: string | null) => Promise<T>,
  lists: readonly string[] = [],
): Promise<{ result: T } | Refused> {
  const input = formInput(form, lists);
  try {
    const actor = await currentActor();
    if (!actor) throw new UnauthorizedError();
    if (actor.mustChangePassword) throw new ForbiddenError(m.errors.passwordChangeRequired);
    return { result: await call(actor, input, clientIp(await headers())) };
  } catch (e) {
    return { refused: formStateOf(e, input) };
  }
}
