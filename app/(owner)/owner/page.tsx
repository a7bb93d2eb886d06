import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { formatWanPlain } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import { listProjects } from "@/lib/services/projects/list";

export const metadata: Metadata = { title: m.home.ownerTitle };

export default async function OwnerHomePage() {
  const actor = await requirePage("page.ownerPortal");
  const projects = await listProjects(actor, { pageSize: 200 });
  type Row = (typeof projects.items)[number];
  return (
    <>
      <PageHeader title={m.home.ownerTitle} intro={m.home.ownerIntro} />
      <Section title={`${m.owner.projects}（${projects.total} ${m.units.projects}）`}>
        <DataTable<Row>
          testId="owner-projects"
          rows={projects.items}
          rowKey={(r) => r.id}
          columns={[
            { key: "code", header: m.table.code, render: (r) => r.code },
            { key: "name", header: m.table.project, render: (r) => r.name },
            { key: "cat", header: m.table.category, render: (r) => r.category },
            { key: "district", header: m.table.district, render: (r) => r.district },
            { key: "status", header: m.table.status, render: (r) => <Badge tone={r.reviewStatus === "IN_LIBRARY" ? "green" : "amber"}>{m.reviewStatus[r.reviewStatus]}</Badge> },
            { key: "stage", header: m.table.stage, render: (r) => m.stage[r.stage] },
            { key: "inv", header: m.kpi.totalInvestment + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.totalInvestment) },
            { key: "need", header: m.kpi.need + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.financingNeed) },
            { key: "secured", header: m.kpi.secured + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.securedAmount) },
            { key: "gap", header: m.kpi.gap + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.gapAmount) },
          ]}
        />
      </Section>
    </>
  );
}
