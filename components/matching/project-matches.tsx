// A project's matches on its page: each product that would take it, with the score and why.
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { m } from "@/lib/i18n";
import type { listMatches } from "@/lib/services/matching/list";
import { MatchReasons } from "./reasons";

type Item = Awaited<ReturnType<typeof listMatches>>["items"][number];

export function ProjectMatches({ items }: { items: Item[] }) {
  return (
    <DataTable<Item> testId="project-matches" rows={items} rowKey={(r) => r.product.id} columns={[
      { key: "product", header: m.detail.product, render: (r) => r.product.name },
      { key: "inst", header: m.detail.institution, render: (r) => r.product.institution.name },
      { key: "score", header: m.detail.score, align: "right", render: (r) => <Badge tone={r.score >= 80 ? "green" : r.score >= 60 ? "blue" : "gray"}>{r.score}</Badge> },
      { key: "reasons", header: m.matching.reasons, render: (r) => <MatchReasons reasons={r.reasons} /> },
    ]} />
  );
}
