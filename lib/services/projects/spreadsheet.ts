// Excel in and out for the project library. Import is all or nothing: a dry run reports every
// row; a commit writes every row in one transaction, or nothing when any row has an error.
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { formatDate } from "@/lib/domain/format";
import { defaultNeed, gapOf } from "@/lib/domain/funding";
import { PROJECT_COLUMNS } from "@/lib/domain/import/columns";
import { nameOwnerKey, parseRows, type Issue, type ParsedRow } from "@/lib/domain/import/parse-rows";
import { yuanToWanText } from "@/lib/domain/money";
import { ForbiddenError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { parseInput } from "@/lib/validation/parse";
import { projectListQuery } from "@/lib/validation/projects";
import { audit } from "../audit";
import { refreshFunding } from "../financing/funding-cache";
import { refreshRecordScope } from "../financing/record-scope";
import { rematchProjects } from "../matching/recompute";
import { listWhere } from "./list";
import { CODE_PREFIX } from "./write";
import { csvBuffer, readProjectRows, rowsWorkbook, templateWorkbook, XLSX_TYPE } from "./workbook";

export type DuplicateMode = "skip" | "update";

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  totalRows: number;
  validRows: number;
  errorCount: number;
  warningCount: number;
  duplicates: number;
  created: number;
  updated: number;
  skipped: number;
  newOwners: string[];
  issues: Issue[];
  durationMs: number;
}

export async function projectTemplate(actor: Actor): Promise<Buffer> {
  authorize(actor, "project.import");
  return templateWorkbook({
    项目名称: "示例：雨湖区屋顶分布式光伏项目", 项目单位: "湘潭城市建设投资经营集团有限公司", 项目类别: "清洁能源", 所在区县: "雨湖区",
    实施阶段: "前期", 开工年份: 2026, 完工年份: 2027, "总投资（万元）": "3500万", "自有资金（万元）": 700, 拟采用融资工具: "绿色信贷",
    符合碳减排支持工具: "是", 两高项目: "否", "预期年减排量（tCO2e）": 1712, 联系人: "张工", 联系电话: "13800000000", 审核状态: "草稿",
  });
}

async function lookups() {
  const [categories, regions, owners, projects] = await Promise.all([
    db.category.findMany({ where: { retired: false }, select: { id: true, code: true, name: true } }),
    db.region.findMany({ where: { level: { in: ["DISTRICT", "PARK"] }, retired: false }, select: { id: true, code: true, name: true } }),
    db.organization.findMany({ where: { kind: "PROJECT_OWNER" }, select: { id: true, name: true } }),
    db.project.findMany({ select: { id: true, code: true, name: true, ownerOrg: { select: { name: true } } } }),
  ]);
  return {
    categories, regions, owners,
    existingByCode: new Map(projects.map((p) => [p.code, p.id])),
    existingByNameOwner: new Map(projects.map((p) => [nameOwnerKey(p.name, p.ownerOrg.name), p.id])),
    stageLabels: m.stage, instrumentLabels: m.instrument,
  };
}

export async function importProjects(
  actor: Actor,
  bytes: Uint8Array,
  options: { dryRun: boolean; duplicates: DuplicateMode },
  ip: string | null = null,
): Promise<ImportReport> {
  authorize(actor, "project.import");
  const started = performance.now();
  const raw = await readProjectRows(bytes);
  const parsed = parseRows(raw, await lookups());
  const errorCount = parsed.issues.filter((i) => i.level === "error").length;
  const duplicates = parsed.rows.filter((r) => r.duplicateOf);
  const fresh = parsed.rows.filter((r) => !r.duplicateOf);
  const toUpdate = options.duplicates === "update" ? duplicates : [];
  const report: ImportReport = {
    dryRun: options.dryRun, committed: false, totalRows: parsed.totalRows, validRows: parsed.rows.length, errorCount,
    warningCount: parsed.issues.length - errorCount, duplicates: duplicates.length,
    created: fresh.length, updated: toUpdate.length, skipped: duplicates.length - toUpdate.length,
    newOwners: [...new Set(parsed.rows.filter((r) => r.newOwner).map((r) => r.ownerName))],
    issues: parsed.issues, durationMs: 0,
  };
  if (!options.dryRun && errorCount === 0 && parsed.rows.length > 0) {
    await db.$transaction((tx) => commit(tx, actor, fresh, toUpdate, report, ip), { timeout: 600_000, maxWait: 30_000 });
    report.committed = true;
  }
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

async function commit(tx: Tx, actor: Actor, fresh: ParsedRow[], toUpdate: ParsedRow[], report: ImportReport, ip: string | null) {
  const ownerIds = new Map<string, number>();
  for (const name of report.newOwners) {
    const org = await tx.organization.create({ data: { name, kind: "PROJECT_OWNER" } });
    ownerIds.set(name, org.id);
  }
  const ownerOf = (r: ParsedRow) => r.input.ownerOrgId ?? ownerIds.get(r.ownerName)!;
  const now = new Date();
  const year = now.getUTCFullYear();
  // Codes for rows without one continue the single-create scheme (prefix-year-sequence).
  let next = ((await tx.project.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
  const data = fresh.map((r) => {
    const { code, ...input } = r.input;
    const ownFunds = input.ownFunds ?? 0n;
    const need = input.financingNeed ?? defaultNeed(input.totalInvestment, ownFunds);
    return {
      ...input,
      code: code ?? `${CODE_PREFIX}-${year}-${String(next++).padStart(4, "0")}`,
      ownerOrgId: ownerOf(r), ownFunds, financingNeed: need, gapAmount: gapOf(need, 0n),
      carbonToolEligible: input.carbonToolEligible ?? false, highEmission: input.highEmission ?? false,
      reviewStatus: r.status, inLibraryAt: r.status === "IN_LIBRARY" ? now : null, createdById: actor.id,
    };
  });
  for (let i = 0; i < data.length; i += 1000) await tx.project.createMany({ data: data.slice(i, i + 1000) });
  const created = new Map<string, number>();
  for (let i = 0; i < data.length; i += 1000) {
    const rows = await tx.project.findMany({ where: { code: { in: data.slice(i, i + 1000).map((d) => d.code) } }, select: { id: true, code: true } });
    rows.forEach((p) => created.set(p.code, p.id));
  }
  const transitions = data.flatMap((d) => {
    const projectId = created.get(d.code)!;
    const first = { projectId, from: null, to: "DRAFT" as const, actorId: actor.id, comment: "Excel 导入", createdAt: now };
    return d.reviewStatus === "IN_LIBRARY" ? [first, { ...first, from: "DRAFT" as const, to: "IN_LIBRARY" as const }] : [first];
  });
  for (let i = 0; i < transitions.length; i += 1000) await tx.projectTransition.createMany({ data: transitions.slice(i, i + 1000) });

  for (const r of toUpdate) {
    const current = await tx.project.findUniqueOrThrow({ where: { id: r.duplicateOf!.id } });
    // A duplicate keeps its code: the row updates the project the code or name found.
    const input = { ...r.input, code: undefined };
    const ownFunds = input.ownFunds ?? 0n;
    const need = input.financingNeed ?? defaultNeed(input.totalInvestment, ownFunds);
    const next = { ...input, ownerOrgId: ownerOf(r), ownFunds, financingNeed: need, gapAmount: gapOf(need, current.securedAmount) };
    await tx.project.update({ where: { id: current.id }, data: { ...next, version: { increment: 1 } } });
    if (need !== current.financingNeed) await refreshFunding(tx, current.id);
    else if (next.regionId !== current.regionId || next.categoryId !== current.categoryId) await refreshRecordScope(tx, current.id);
    await audit(tx, actor, {
      action: "project.update", entity: "Project", entityId: current.id, ip, detail: `Excel 导入第 ${r.row} 行`,
      before: { totalInvestment: current.totalInvestment, financingNeed: current.financingNeed, name: current.name, version: current.version },
      after: { totalInvestment: next.totalInvestment, financingNeed: need, name: next.name, version: current.version + 1 },
    });
  }
  await rematchProjects(tx, [...created.values(), ...toUpdate.map((r) => r.duplicateOf!.id)]);
  await audit(tx, actor, {
    action: "project.import", entity: "Project", ip,
    detail: `导入 ${report.totalRows} 行：新建 ${report.created}，更新 ${report.updated}，跳过重复 ${report.skipped}，新建项目单位 ${report.newOwners.length}`,
    after: { created: [...created.values()], updated: toUpdate.map((r) => r.duplicateOf!.id) },
  });
}

const EXPORT_EXTRA = [
  { header: "已落实融资（万元）", width: 14 },
  { header: "融资缺口（万元）", width: 14 },
  { header: "更新时间", width: 12 },
];

export async function exportProjects(actor: Actor, input: unknown, format: "xlsx" | "csv", ip: string | null = null) {
  if (!can(actor, "project.export")) throw new ForbiddenError();
  const query = parseInput(projectListQuery, input ?? {});
  const where = await listWhere(actor, query);
  const projects = await db.project.findMany({
    where, orderBy: [{ [query.sort]: query.dir }, { id: "asc" }],
    include: { ownerOrg: { select: { name: true } }, category: { select: { name: true } }, region: { select: { name: true } } },
  });
  const wan = (v: bigint) => yuanToWanText(v);
  const yes = (b: boolean) => (b ? "是" : "否");
  const rows = projects.map((p) => [
    p.code, p.name, p.ownerOrg.name, p.category.name, p.region.name, m.stage[p.stage], p.startYear ?? "", p.endYear ?? "",
    wan(p.totalInvestment), wan(p.ownFunds), wan(p.financingNeed), p.intendedInstrument ? m.instrument[p.intendedInstrument] : "",
    yes(p.carbonToolEligible), yes(p.highEmission), p.co2ReductionT ?? "", p.energySavedTce ?? "", p.renewableMwh ?? "", p.carbonSinkT ?? "",
    p.beneficiaries ?? "", p.areaRestoredHa ?? "", p.contactName ?? "", p.contactPhone ?? "", p.description ?? "", p.constructionContent ?? "",
    m.reviewStatus[p.reviewStatus], wan(p.securedAmount), wan(p.gapAmount), formatDate(p.updatedAt),
  ]);
  const columns = [...PROJECT_COLUMNS.map((c) => ({ header: c.header, width: c.width })), ...EXPORT_EXTRA];
  const stamp = formatDate(new Date()).replace(/-/g, "");
  const body = format === "csv" ? csvBuffer(columns.map((c) => c.header), rows) : await rowsWorkbook("项目库", columns, rows);
  await db.$transaction((tx) =>
    audit(tx, actor, { action: "project.export", entity: "Project", ip, detail: `导出 ${projects.length} 个项目（${format}）`, after: { query } }),
  );
  return {
    body,
    fileName: `项目库_${stamp}.${format}`,
    contentType: format === "csv" ? "text/csv; charset=utf-8" : XLSX_TYPE,
    count: projects.length,
  };
}
