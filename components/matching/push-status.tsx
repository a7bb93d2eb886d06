import { Badge } from "@/components/ui/badge";
import { m } from "@/lib/i18n";

type Status = keyof typeof m.pushStatus;

/** A push's answer as a badge, with a red "overdue" beside it when the deadline has passed unanswered. */
export function PushStatus({ status, overdue = false }: { status: Status; overdue?: boolean }) {
  return (
    <span className="space-x-1">
      <Badge tone={status === "DECLINED" ? "gray" : status === "PENDING" ? "amber" : "green"}>{m.pushStatus[status]}</Badge>
      {overdue && <Badge tone="red">{m.table.overdue}</Badge>}
    </span>
  );
}
