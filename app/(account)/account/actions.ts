"use server";
// The user's own account: password change (keeping this session) and personal API tokens.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { currentSession } from "@/lib/auth/session";
import { UnauthorizedError } from "@/lib/errors";
import { formInput, formStateOf, type FormState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { clientIp } from "@/lib/http/ip";
import { m } from "@/lib/i18n";
import { changePassword } from "@/lib/services/account";
import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens";

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  // Not through runAction: this is the one action a user who must change the password may take.
  const input = formInput(form);
  try {
    const session = await currentSession();
    if (!session) throw new UnauthorizedError();
    await changePassword(session.actor, input, session.sessionId, clientIp(await headers()));
  } catch (e) {
    // Passwords are never sent back to the form.
    return formStateOf(e, {});
  }
  revalidatePath("/", "layout");
  return { ok: true, message: m.account.password.done };
}

export type TokenState = FormState & { token?: string };

export async function createTokenAction(_prev: TokenState, form: FormData): Promise<TokenState> {
  const out = await runAction(form, (actor, input, ip) => createApiToken(actor, input, ip));
  if ("refused" in out) return out.refused;
  revalidatePath("/account/tokens");
  return { ok: true, token: out.result.token };
}

export async function revokeTokenAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, _input, ip) => revokeApiToken(actor, id, ip));
  if ("refused" in out) return out.refused;
  revalidatePath("/account/tokens");
  return { ok: true, message: m.account.tokens.revoked_done };
}
