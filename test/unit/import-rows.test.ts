import { describe, expect, it } from "vitest";
import { nameOwnerKey, parseRows, type Lookups, type RawRow } from "@/lib/domain/import/parse-rows";
import { zhCN } from "@/lib/i18n/zh-CN";

const look: Lookups = {
  categories: [{ id: 3, code: "M03", name: "清洁能源" }, { id: 9, code: "A02", name: "造林和森林养护" }],
  regions: [{ id: 21, code: "430302", name: "雨湖区" }, { id: 27, code: "430371", name: "湘潭高新区" }],
  owners: [{ id: 50, name: "湘潭城市建设投资经营集团有限公司" }],
  existingByCode: new Map([["XTQT-2024-001", 1]]),
  existingByNameOwner: new Map([[nameOwnerKey("雨湖区屋顶光伏项目", "湘潭城市建设投资经营集团有限公司"), 2]]),
  stageLabels: zhCN.stage,
  instrumentLabels: zhCN.instrument,
};

const good = {
  项目名称: "岳塘区储能电站项目", 项目单位: "湘潭城市建设投资经营集团有限公司", 项目类别: "清洁能源", 所在区县: "雨湖区",
  实施阶段: "在建", "总投资（万元）": "1.2亿", "自有资金（万元）": 2000, 符合碳减排支持工具: "是", 拟采用融资工具: "绿色信贷",
};
const rows = (...cells: Record<string, unknown>[]): RawRow[] => cells.map((c, i) => ({ row: i + 2, cells: c }));
const issuesOf = (cells: Record<string, unknown>) => parseRows(rows(cells), look).issues.map((i) => `${i.level}:${i.column}:${i.message}`);

describe("spreadsheet rows", () => {
  it("reads a good row into the same input the form produces", () => {
    const r = parseRows(rows(good), look);
    expect(r.issues).toEqual([]);
    expect(r.rows[0]).toMatchObject({
      row: 2, status: "DRAFT", newOwner: false,
      input: { name: "岳塘区储能电站项目", ownerOrgId: 50, categoryId: 3, regionId: 21, stage: "CONSTRUCTION", totalInvestment: 120_000_000n, ownFunds: 20_000_000n, carbonToolEligible: true, intendedInstrument: "GREEN_LOAN" },
    });
  });

  it("accepts codes, full-width digits and 已入库", () => {
    const r = parseRows(rows({ ...good, 项目类别: "m03", 所在区县: "430371", "总投资（万元）": "３５００万", 审核状态: "已入库", 实施阶段: "建成运营" }), look);
    expect(r.issues).toEqual([]);
    expect(r.rows[0]).toMatchObject({ status: "IN_LIBRARY", input: { categoryId: 3, regionId: 27, totalInvestment: 35_000_000n, stage: "OPERATING" } });
  });

  it.each([
    [{ "总投资（万元）": "很多" }, "error:总投资（万元）:总投资：无法识别的金额"],
    [{ "总投资（万元）": "" }, "error:总投资（万元）:请填写总投资"],
    [{ "总投资（万元）": "1.23456" }, "error:总投资（万元）:总投资：金额精确到元即可：万元最多 4 位小数"],
    [{ "自有资金（万元）": "2亿" }, "error:自有资金（万元）:自有资金不能超过总投资"],
    [{ 项目类别: "光伏" }, "error:项目类别:无法识别的项目类别“光伏”"],
    [{ 项目类别: "" }, "error:项目类别:请选择项目类别"],
    [{ 所在区县: "长沙市" }, "error:所在区县:无法识别的区县“长沙市”"],
    [{ 实施阶段: "施工中" }, "error:实施阶段:无法识别的实施阶段“施工中”"],
    [{ 实施阶段: "" }, "warning:实施阶段:未填写实施阶段，按“前期”导入"],
    [{ 符合碳减排支持工具: "也许" }, "error:符合碳减排支持工具:请填写“是”或“否”（当前为“也许”）"],
    [{ 审核状态: "已申报" }, "error:审核状态:审核状态只能填写“草稿”或“已入库”（当前为“已申报”）"],
    [{ 项目名称: "" }, "error:项目名称:请填写项目名称"],
    [{ 项目单位: "" }, "error:项目单位:请填写项目单位"],
    [{ 项目单位: "新成立的能源公司" }, "warning:项目单位:系统中没有项目单位“新成立的能源公司”，导入时将新建"],
    [{ 联系电话: "123" }, "error:联系电话:联系电话格式不正确（手机号或带区号的座机号）"],
    [{ 开工年份: 2027, 完工年份: 2025 }, "error:完工年份:完工年份不能早于开工年份"],
    [{ 项目编号: "编号 1" }, "error:项目编号:项目编号只能包含字母、数字和连字符"],
    [{ 拟采用融资工具: "众筹" }, "error:拟采用融资工具:无法识别的融资工具“众筹”"],
  ])("reports %o", (change, expected) => {
    const found = issuesOf({ ...good, ...change });
    expect(found.some((i) => i.startsWith(expected)), `${found.join("\n")}`).toBe(true);
  });

  it("reports duplicates within the file and against the library", () => {
    const r = parseRows(rows(
      { ...good, 项目编号: "NEW-1" },
      { ...good, 项目编号: "NEW-1", 项目名称: "另一个项目" },
      { ...good, 项目名称: "岳塘区储能电站项目 " },
      { ...good, 项目编号: "XTQT-2024-001", 项目名称: "改名的项目" },
      { ...good, 项目名称: "雨湖区屋顶光伏项目" },
    ), look);
    const text = r.issues.map((i) => `${i.row}:${i.level}:${i.message}`);
    expect(text).toContain("3:error:与第 2 行的项目编号重复");
    expect(text).toContain("4:error:与第 2 行的项目名称和项目单位相同");
    expect(text).toContain("5:warning:项目编号“XTQT-2024-001”已存在");
    expect(text).toContain("6:warning:已有同名且同单位的项目");
    expect(r.rows.map((x) => [x.row, x.duplicateOf?.by ?? null])).toEqual([[2, null], [5, "code"], [6, "nameOwner"]]);
  });
});
