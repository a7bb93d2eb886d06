// Messages of one area of the product; lib/i18n/zh-CN.ts gathers them into the one catalog.
export const cockpitMessages = {
  title: "领导驾驶舱",
  intro: "入库项目的融资需求、已落实融资与缺口，资金来源、推送转化、亚行项目进展与待办事项。点击图表可查看对应项目清单。",
  filters: { title: "筛选", year: "入库年份", allYears: "全部年份", district: "区县", allDistricts: "全部区县", category: "类别", allCategories: "全部类别", apply: "筛选", reset: "清除筛选", family: "（大类）" },
  printedAt: "数据截至 {at}（北京时间）；{filters}",
  yearNote: "年份指项目入库的年份（北京时间）；融资时间趋势按融资记录日期统计。",
  kpi: { projects: "入库项目", investment: "总投资", need: "融资需求", secured: "已落实融资", gap: "融资缺口", rate: "融资落实率", co2: "预期年减排量", institutions: "参与金融机构", institutionsUnit: "家", projectsUnit: "个" },
  charts: {
    byCategory: "各类别已落实融资与缺口", byDistrict: "各区县已落实融资与缺口", byStage: "各实施阶段已落实融资与缺口",
    byInstrument: "各融资工具已落实金额", monthly: "融资落实时间趋势（按月）", funnel: "项目转化漏斗", adb: "亚行贷款子项目里程碑进展",
    topGaps: "融资缺口最大的 10 个项目", overduePushes: "逾期未答复的银行推送", openProblems: "未销号问题",
    secured: "已落实", gap: "缺口", amount: "金额", records: "笔数", projects: "项目数", completed: "已完成", overdue: "已逾期",
    drillHint: "点击柱形查看项目清单", empty: "当前筛选下没有数据", exportXlsx: "导出 Excel",
  },
  funnel: { declared: "已申报", inLibrary: "已入库", pushed: "已推送银行", interested: "银行有意向", approved: "已获批", disbursed: "已放款" },
  adbSummary: "亚行贷款子项目 {n} 个，分配额 {amount}",
  greenSummary: "绿色融资 {n} 个项目，{amount}",
  table: { project: "项目", district: "区县", category: "类别", need: "融资需求", secured: "已落实", gap: "缺口", institution: "金融机构", dueAt: "答复期限", description: "问题", department: "责任部门", dueDate: "办结时限" },
  moreInList: "在项目清单中查看",
  wall: "大屏模式",
  normal: "常规模式",
  print: "打印",
};
