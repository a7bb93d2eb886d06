// The review workflow of a project, as an explicit state machine (DESIGN.md §3).
// Who may take each transition is the policy's business: each names the action it needs.
import type { ReviewStatus } from "@/lib/db/generated/sqlite/enums";

export type Transition = "submit" | "approve" | "return" | "reject" | "archive";

export interface TransitionRule {
  from: readonly ReviewStatus[];
  to: ReviewStatus;
  /** The policy action the actor needs (lib/auth/policy.ts). */
  action: "project.submit" | "project.review" | "project.archive";
  /** A comment is required: the owner must learn what to fix, or why. */
  commentRequired: boolean;
}

export const TRANSITIONS: Record<Transition, TransitionRule> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", action: "project.submit", commentRequired: false },
  approve: { from: ["SUBMITTED"], to: "IN_LIBRARY", action: "project.review", commentRequired: false },
  return: { from: ["SUBMITTED"], to: "RETURNED", action: "project.review", commentRequired: true },
  reject: { from: ["SUBMITTED"], to: "REJECTED", action: "project.review", commentRequired: true },
  archive: { from: ["IN_LIBRARY"], to: "ARCHIVED", action: "project.archive", commentRequired: true },
};

export type TransitionCheck = { ok: true; to: ReviewStatus } | { ok: false; message: string };

export function checkTransition(current: ReviewStatus, transition: Transition, comment: string | null | undefined): TransitionCheck {
  const rule = TRANSITIONS[transition];
  if (!rule.from.includes(current)) return { ok: false, message: `当前状态下不能执行该操作（${TRANSITION_LABELS[transition]}）` };
  if (rule.commentRequired && !comment?.trim()) return { ok: false, message: `${TRANSITION_LABELS[transition]}须填写意见或原因` };
  return { ok: true, to: rule.to };
}

/** Transitions available from a status (before asking the policy who may take them). */
export function transitionsFrom(status: ReviewStatus): Transition[] {
  return (Object.keys(TRANSITIONS) as Transition[]).filter((t) => TRANSITIONS[t].from.includes(status));
}

export const TRANSITION_LABELS: Record<Transition, string> = {
  submit: "提交申报",
  approve: "审核入库",
  return: "退回修改",
  reject: "不予入库",
  archive: "出库",
};

/** Statuses in which the project's content may still change (by its owner; staff always may). */
export const EDITABLE_BY_OWNER: readonly ReviewStatus[] = ["DRAFT", "RETURNED"];
