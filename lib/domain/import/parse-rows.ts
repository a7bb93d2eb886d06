// Reading spreadsheet rows into project inputs: every cell problem becomes an issue with its row
// and column; every row is validated with the same schema as the form and the API.
import { projectCreateInput, type ProjectCreateInput } from "@/lib/validation/projects";
import { toHalfWidth } from "../amount-input";
import { COLUMN_OF_FIELD, PROJECT_COLUMNS } from "./columns";

export interface Issue {
  row: number;
  column: string;
  message: string;
  level: "error" | "warning";
}

export interface Lookups {
  categories: { id: number; code: string; name: string }[];
  regions: { id: number; code: string; name: string }[];
  owners: { id: number; name: string }[];
  /** Existing projects, to find duplicates: by code, and by name + owner name. */
  existingByCode: Map<string, number>;
  existingByNameOwner: Map<string, number>;
  stageLabels: Record<string, string>;
  instrumentLabels: Record<string, string>;
}

export interface ParsedRow {
  row: number;
  input: ProjectCreateInput;
  ownerName: string;
  /** Set when the owner does not exist yet and will be created on commit. */
  newOwner: boolean;
  status: "DRAFT" | "IN_LIBRARY";
  duplicateOf?: { id: number; by: "code" | "nameOwner" };
}

export interface ParseResult {
  rows: ParsedRow[];
  issues: Issue[];
  totalRows: number;
}

export type RawRow = { row: number; cells: Record<string, unknown> };

const text = (v: unknown): string => (v === null || v === undefined ? "" : toHalfWidth(String(v)).trim());
const key = (s: string) => s.replace(/\s+/g, "").toLowerCase();
export const nameOwnerKey = (name: string, owner: string) => `${key(name)}|${key(owner)}`;

function invert(labels: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(labels).flatMap(([value, label]) => [[key(label), value], [key(value), value]]));
}

const YES = new Set(["是", "y", "yes", "true", "1", "√"]);
const NO = new Set(["否", "n", "no", "false", "0", ""]);

export function parseRows(raw: RawRow[], look: Lookups): ParseResult {
  const issues: Issue[] = [];
  const rows: ParsedRow[] = [];
  const categories = new Map(look.categories.flatMap((c) => [[key(c.name), c.id], [key(c.code), c.id]]));
  const regions = new Map(look.regions.flatMap((r) => [[key(r.name), r.id], [key(r.code), r.id]]));
  const owners = new Map(look.owners.map((o) => [key(o.name), o.id]));
  const stages = invert(look.stageLabels);
  const instruments = invert(look.instrumentLabels);
  const seenCode = new Map<string, number>();
  const seenNameOwner = new Map<string, number>();

  for (const { row, cells } of raw) {
    const rowIssues: Issue[] = [];
    const cell = (field: string) => cells[COLUMN_OF_FIELD.get(field)!.header];
    const err = (field: string, message: string, level: Issue["level"] = "error") =>
      rowIssues.push({ row, column: COLUMN_OF_FIELD.get(field)?.header ?? field, message, level });
    const lookup = (field: string, map: Map<string, number | string>, what: string) => {
      const v = text(cell(field));
      if (!v) return undefined;
      const found = map.get(key(v));
      if (found === undefined) err(field, `无法识别的${what}“${v}”`);
      return found;
    };
    const yesNo = (field: string) => {
      const v = key(text(cell(field)));
      if (YES.has(v)) return "true";
      if (!NO.has(v)) err(field, `请填写“是”或“否”（当前为“${text(cell(field))}”）`);
      return "false";
    };

    const ownerName = text(cell("owner"));
    const ownerId = ownerName ? owners.get(key(ownerName)) : undefined;
    if (!ownerName) err("owner", "请填写项目单位");
    else if (ownerId === undefined) err("owner", `系统中没有项目单位“${ownerName}”，导入时将新建`, "warning");

    const stageText = text(cell("stage"));
    if (!stageText) err("stage", "未填写实施阶段，按“前期”导入", "warning");
    const statusText = key(text(cell("status")));
    const status = statusText === "" || statusText === "草稿" ? "DRAFT" : statusText === "已入库" ? "IN_LIBRARY" : undefined;
    if (!status) err("status", `审核状态只能填写“草稿”或“已入库”（当前为“${text(cell("status"))}”）`);

    const candidate: Record<string, unknown> = {
      code: text(cell("code")),
      name: text(cell("name")),
      ownerOrgId: ownerId,
      categoryId: lookup("category", categories, "项目类别") ?? (text(cell("category")) ? -1 : ""),
      regionId: lookup("region", regions, "区县") ?? (text(cell("region")) ? -1 : ""),
      stage: stageText ? lookup("stage", stages, "实施阶段") ?? "INVALID" : "PREPARATION",
      intendedInstrument: lookup("intendedInstrument", instruments, "融资工具") ?? "",
      carbonToolEligible: yesNo("carbonToolEligible"),
      highEmission: yesNo("highEmission"),
    };
    for (const f of ["startYear", "endYear", "totalInvestment", "ownFunds", "financingNeed", "co2ReductionT", "energySavedTce",
      "renewableMwh", "carbonSinkT", "beneficiaries", "areaRestoredHa", "contactName", "contactPhone", "description", "constructionContent"]) {
      const v = cell(f);
      candidate[f] = typeof v === "number" ? v : text(v);
    }
    if (candidate.totalInvestment === "") candidate.totalInvestment = undefined;

    const parsed = projectCreateInput.safeParse(candidate);
    if (!parsed.success) {
      const flagged = new Set(rowIssues.map((i) => i.column));
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        const column = COLUMN_OF_FIELD.get(field === "categoryId" ? "category" : field === "regionId" ? "region" : field)?.header ?? field;
        // A lookup that already failed says more than the schema's "choose a value".
        if (!flagged.has(column)) rowIssues.push({ row, column, message: issue.message, level: "error" });
      }
    }

    const code = text(cell("code"));
    if (code) {
      if (seenCode.has(code)) err("code", `与第 ${seenCode.get(code)} 行的项目编号重复`);
      else seenCode.set(code, row);
    }
    const nk = nameOwnerKey(text(cell("name")), ownerName);
    if (text(cell("name")) && ownerName) {
      if (seenNameOwner.has(nk)) err("name", `与第 ${seenNameOwner.get(nk)} 行的项目名称和项目单位相同`);
      else seenNameOwner.set(nk, row);
    }

    issues.push(...rowIssues);
    if (parsed.success && status && !rowIssues.some((i) => i.level === "error")) {
      const byCode = code ? look.existingByCode.get(code) : undefined;
      const byName = look.existingByNameOwner.get(nk);
      const duplicateOf = byCode !== undefined ? { id: byCode, by: "code" as const } : byName !== undefined ? { id: byName, by: "nameOwner" as const } : undefined;
      if (duplicateOf) {
        issues.push({ row, column: duplicateOf.by === "code" ? "项目编号" : "项目名称", level: "warning",
          message: duplicateOf.by === "code" ? `项目编号“${code}”已存在` : "已有同名且同单位的项目" });
      }
      rows.push({ row, input: parsed.data, ownerName, newOwner: ownerId === undefined, status, duplicateOf });
    }
  }
  return { rows, issues, totalRows: raw.length };
}

export const REQUIRED_HEADERS = PROJECT_COLUMNS.filter((c) => c.required).map((c) => c.header);
