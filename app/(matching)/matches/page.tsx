import type { Metadata } from "next";
import { MatchList } from "@/components/matching/match-list";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader, Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/session";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { listMatches } from "@/lib/services/matching/list";
import { listProducts } from "@/lib/services/products";
import { referenceData } from "@/lib/services/reference";
import { firstValues } from "@/lib/url";
import { rematchAllAction } from "./actions";

export const metadata: Metadata = { title: m.matching.area.matches };

/** Every match in the bureau's region: by institution, product, project category or district. */
export default async function MatchesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("page.matching");
  const query = firstValues(await searchParams);
  const [matches, products, reference] = await Promise.all([
    listMatches(actor, query).catch((e) => {
      if (e instanceof ValidationError) return listMatches(actor, {});
      throw e;
    }),
    listProducts(actor),
    referenceData(actor),
  ]);
  const institutions = [...new Map(products.map((p) => [p.institution.id, p.institution])).values()];
  const r = m.matching.rematch;
  return (
    <>
      <PageHeader title={m.matching.area.title} intro={m.matching.area.intro} />
      <div className="space-y-6">
        <Section title={m.matching.area.matches}>
          <MatchList matches={matches} query={query} path="/matches" testId="matches" projectHref={(id) => `/projects/${id}`}
            options={{ products, institutions, categories: reference.categories, regions: reference.regions }} />
        </Section>
        {can(actor, "match.run") && (
          <Section title={r.title}>
            <p className="mb-3 text-sm text-slate-600">{r.hint}</p>
            <ActionForm action={rematchAllAction} fields={[]} submit={r.submit} pending={r.saving} choose="" testId="rematch-all" />
          </Section>
        )}
      </div>
    </>
  );
}
