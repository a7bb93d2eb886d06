import Link from "next/link";
import { m } from "@/lib/i18n";
import { withQuery } from "@/lib/url";

/** `param` names the page in the URL, so two paged lists can share one page. */
export function Pagination({ path, query, page, pageSize, total, param = "page" }: {
  path: string; query: Record<string, string | undefined>; page: number; pageSize: number; total: number; param?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50";
  return (
    <nav className="mt-4 flex items-center justify-end gap-3 text-sm text-slate-600" aria-label="分页">
      <span>{m.projects.page.replace("{page}", String(page)).replace("{pages}", String(pages))}</span>
      {page > 1 && <Link className={link} href={withQuery(path, query, { [param]: page - 1 })}>{m.projects.prev}</Link>}
      {page < pages && <Link className={link} href={withQuery(path, query, { [param]: page + 1 })}>{m.projects.next}</Link>}
    </nav>
  );
}
