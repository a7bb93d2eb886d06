// The columns of the project spreadsheet: the template, the import and the export all follow
// this one list. Each column maps to a field of the project input schema.
export interface Column {
  header: string;
  /** The project input field it fills (lib/validation/projects.ts). */
  field: string;
  required?: boolean;
  width: number;
  /** What the explanation sheet says about the column, including the values it accepts. */
  note: string;
}

export const PROJECT_COLUMNS: readonly Column[] = [
  { header: "项目编号", field: "code", width: 16, note: "可留空，系统自动编号；填写时只能包含字母、数字和连字符。编号相同视为同一项目（重复）。" },
  { header: "项目名称", field: "name", required: true, width: 36, note: "必填，2–100 个字。项目名称与项目单位均相同视为重复。" },
  { header: "项目单位", field: "owner", required: true, width: 30, note: "必填，单位全称；系统中没有的单位将在导入时新建（报告中提示）。" },
  { header: "项目类别", field: "category", required: true, width: 18, note: "必填，类别名称或代码，如“清洁能源”或“M03”。" },
  { header: "所在区县", field: "region", required: true, width: 14, note: "必填，区县或园区名称，如“雨湖区”“湘潭高新区”，也可填行政区划代码。" },
  { header: "实施阶段", field: "stage", width: 10, note: "前期 / 在建 / 建成运营；留空按“前期”。" },
  { header: "开工年份", field: "startYear", width: 10, note: "四位年份，如 2025。" },
  { header: "完工年份", field: "endYear", width: 10, note: "四位年份，不早于开工年份。" },
  { header: "总投资（万元）", field: "totalInvestment", required: true, width: 14, note: "必填。可写 1234.5、1,234.5、3500万、1.2亿、全角数字；最多精确到元（万元 4 位小数）。" },
  { header: "自有资金（万元）", field: "ownFunds", width: 14, note: "格式同总投资；留空为 0；不能超过总投资。" },
  { header: "融资需求（万元）", field: "financingNeed", width: 14, note: "格式同总投资；留空按 总投资 − 自有资金 计算。" },
  { header: "拟采用融资工具", field: "intendedInstrument", width: 18, note: "可选：亚行贷款、绿色信贷、绿色债券、绿色基金、财政资金/专项债、排污权/碳排放权质押贷款、可持续发展挂钩/转型贷款、社会资本(PPP)、其他。" },
  { header: "符合碳减排支持工具", field: "carbonToolEligible", width: 12, note: "是 / 否，留空为否。" },
  { header: "两高项目", field: "highEmission", width: 10, note: "是 / 否，留空为否。“两高”项目不得获得融资支持。" },
  { header: "预期年减排量（tCO2e）", field: "co2ReductionT", width: 14, note: "非负数。" },
  { header: "年节能量（tce）", field: "energySavedTce", width: 12, note: "非负数。" },
  { header: "年发电量（MWh）", field: "renewableMwh", width: 12, note: "可再生能源年发电量，非负数。" },
  { header: "年碳汇量（tCO2）", field: "carbonSinkT", width: 12, note: "非负数。" },
  { header: "受益人口（人）", field: "beneficiaries", width: 12, note: "非负整数。" },
  { header: "修复面积（公顷）", field: "areaRestoredHa", width: 12, note: "非负数。" },
  { header: "联系人", field: "contactName", width: 10, note: "不超过 40 个字。" },
  { header: "联系电话", field: "contactPhone", width: 14, note: "手机号或带区号的座机号。" },
  { header: "项目简介", field: "description", width: 40, note: "不超过 2000 个字。" },
  { header: "建设内容", field: "constructionContent", width: 40, note: "不超过 2000 个字。" },
  { header: "审核状态", field: "status", width: 10, note: "草稿 / 已入库，留空为草稿。以“已入库”导入的项目记录一次入库流转（意见：Excel 导入）。" },
];

export const HEADER_INDEX = new Map(PROJECT_COLUMNS.map((c) => [c.header, c]));
export const COLUMN_OF_FIELD = new Map(PROJECT_COLUMNS.map((c) => [c.field, c]));
