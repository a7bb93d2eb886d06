import { StatusPage } from "@/components/ui/status-page";
import { m } from "@/lib/i18n";

export default function Forbidden() {
  return <StatusPage code="403" message={m.errors.forbidden} />;
}
