import { StatusPage } from "@/components/ui/status-page";
import { m } from "@/lib/i18n";

export default function NotFound() {
  return <StatusPage code="404" message={m.errors.notFound} />;
}
