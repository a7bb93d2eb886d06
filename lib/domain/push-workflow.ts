// A bank's answer to a pushed project, as a state machine: which answers may follow which, and
// what each answer must carry. Approving and disbursing become financing records (services).
import type { PushStatus } from "@/lib/db/generated/sqlite/enums";
import { chinaToday } from "./calendar";

export type Answer = Exclude<PushStatus, "PENDING">;

export const NEXT_ANSWERS: Record<PushStatus, readonly Answer[]> = {
  PENDING: ["INTERESTED", "DUE_DILIGENCE", "APPROVED", "DISBURSED", "DECLINED"],
  INTERESTED: ["DUE_DILIGENCE", "APPROVED", "DISBURSED", "DECLINED"],
  DUE_DILIGENCE: ["APPROVED", "DISBURSED", "DECLINED"],
  APPROVED: ["DISBURSED"],
  DISBURSED: [],
  DECLINED: [],
};

export interface AnswerInput {
  status: Answer;
  amount?: bigint;
  date?: string;
  reason?: string;
}

/** Why an answer cannot be given now, keyed by the field to fix; null when it can. */
export function checkAnswer(current: PushStatus, a: AnswerInput): { field: string; message: string } | null {
  if (!NEXT_ANSWERS[current].includes(a.status)) {
    return { field: "status", message: current === "DISBURSED" || current === "DECLINED" ? "该推送已办结，不能再答复" : "当前状态下不能给出该答复" };
  }
  if (a.status === "DECLINED" && !a.reason?.trim()) return { field: "reason", message: "不感兴趣须说明原因" };
  if ((a.status === "APPROVED" || a.status === "DISBURSED") && (a.amount === undefined || a.amount <= 0n)) {
    return { field: "amount", message: a.status === "APPROVED" ? "授信须填写金额" : "放款须填写金额" };
  }
  if (a.status === "DISBURSED" && !a.date) return { field: "date", message: "放款须填写日期" };
  return null;
}

/** The China calendar day an answer is due by: deadlines fall at the midnight that ends it. */
export function dueDay(dueAt: Date): string {
  return chinaToday(new Date(dueAt.getTime() - 1));
}

/** Pending past its deadline: the bureau chases it. */
export function isOverdue(push: { status: PushStatus; dueAt: Date }, now: Date): boolean {
  return push.status === "PENDING" && push.dueAt.getTime() < now.getTime();
}
