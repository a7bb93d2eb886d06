import type { SeedFinancing, SeedPush } from "../types";

/** 融资记录：16 笔亚行贷款转贷资金 + 9 个项目的绿色融资（合计 22 亿元）。 */
export const financing: SeedFinancing[] = [
  {
    projectCode: "XTQT-2024-019", institutionKey: "adb", instrument: "ADB_LOAN", amount: "18600", date: "2023-06-20", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-015", institutionKey: "adb", instrument: "ADB_LOAN", amount: "8600", date: "2024-01-15", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-030", institutionKey: "adb", instrument: "ADB_LOAN", amount: "7400", date: "2024-09-10", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-002", institutionKey: "adb", instrument: "ADB_LOAN", amount: "7900", date: "2024-04-12", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2025-043", institutionKey: "adb", instrument: "ADB_LOAN", amount: "6500", date: "2023-03-28", status: "APPROVED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-028", institutionKey: "adb", instrument: "ADB_LOAN", amount: "7200", date: "2024-11-15", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-012", institutionKey: "adb", instrument: "ADB_LOAN", amount: "6800", date: "2024-08-12", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-035", institutionKey: "adb", instrument: "ADB_LOAN", amount: "6300", date: "2024-10-18", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-020", institutionKey: "adb", instrument: "ADB_LOAN", amount: "5900", date: "2023-10-16", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-016", institutionKey: "adb", instrument: "ADB_LOAN", amount: "5200", date: "2023-11-10", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2025-032", institutionKey: "adb", instrument: "ADB_LOAN", amount: "5300.5", date: "2023-03-28", status: "APPROVED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-021", institutionKey: "adb", instrument: "ADB_LOAN", amount: "4800", date: "2024-10-20", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-032", institutionKey: "adb", instrument: "ADB_LOAN", amount: "4100", date: "2024-12-16", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2025-033", institutionKey: "adb", instrument: "ADB_LOAN", amount: "4056.5", date: "2023-03-28", status: "APPROVED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2025-034", institutionKey: "adb", instrument: "ADB_LOAN", amount: "3600", date: "2026-11-05", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-001", institutionKey: "adb", instrument: "ADB_LOAN", amount: "2400", date: "2023-09-12", status: "DISBURSED",
    termMonths: 300, note: "亚行贷款转贷资金",
  },
  {
    projectCode: "XTQT-2024-004", institutionKey: "caixin", instrument: "GREEN_BOND", amount: "100000", date: "2024-08-20", status: "DISBURSED",
    rateBp: 248, termMonths: 36, note: "绿色中期票据",
  },
  {
    projectCode: "XTQT-2024-005", institutionKey: "hnrcb", instrument: "PLEDGE_LOAN", amount: "70", date: "2024-03-15", status: "DISBURSED",
    rateBp: 398, termMonths: 12, note: "首笔排污权质押贷款",
  },
  {
    projectCode: "XTQT-2024-006", institutionKey: "abc", instrument: "TRANSITION_LOAN", amount: "15000", date: "2025-04-18", status: "DISBURSED",
    rateBp: 335, termMonths: 96, note: "转型贷款，利率与单位产品电耗下降目标挂钩",
  },
  {
    projectCode: "XTQT-2024-010", institutionKey: "icbc", instrument: "GREEN_LOAN", amount: "20000", date: "2023-11-08", status: "DISBURSED",
    rateBp: 315, termMonths: 180, carbonTool: true, note: "碳减排支持工具项下贷款",
  },
  {
    projectCode: "XTQT-2024-010", institutionKey: "ccb", instrument: "GREEN_LOAN", amount: "12000", date: "2024-09-12", status: "DISBURSED",
    rateBp: 310, termMonths: 180, carbonTool: true, note: "碳减排支持工具项下贷款（银团第二笔）",
  },
  {
    projectCode: "XTQT-2025-011", institutionKey: "ccb", instrument: "GREEN_LOAN", amount: "16500", date: "2026-05-20", status: "APPROVED",
    rateBp: 318, termMonths: 120, carbonTool: true, viaPush: true, note: "经市生态环境局推送对接后授信",
  },
  {
    projectCode: "XTQT-2025-012", institutionKey: "cib", instrument: "GREEN_LOAN", amount: "800", date: "2025-08-05", status: "DISBURSED",
    rateBp: 330, termMonths: 60, carbonTool: true, viaPush: true, note: "经市生态环境局推送对接后放款",
  },
  {
    projectCode: "XTQT-2024-025", institutionKey: "fund", instrument: "GREEN_FUND", amount: "20000", date: "2025-01-10", status: "DISBURSED",
    termMonths: 84, note: "绿色产业基金股权投资",
  },
  {
    projectCode: "XTQT-2024-017", institutionKey: "ccbgreen", instrument: "GREEN_LOAN", amount: "21630", date: "2025-03-28", status: "DISBURSED",
    rateBp: 325, termMonths: 120, carbonTool: true, note: "高新区绿色支行首批碳减排支持工具贷款",
  },
  {
    projectCode: "XTQT-2024-022", institutionKey: "icbc", instrument: "GREEN_LOAN", amount: "14000", date: "2024-12-16", status: "APPROVED",
    rateBp: 345, termMonths: 96, note: "绿色建筑产业链贷款",
  },
];

/** 市生态环境局向金融机构推送的入库项目及银行响应。 */
export const pushes: SeedPush[] = [
  {
    projectCode: "XTQT-2025-012", institutionKey: "cib", productName: "兴业绿色能源贷", pushedOn: "2025-05-12",
    message: "该风光储一体化项目年发电量约176万千瓦时，已纳入碳减排支持工具备选清单，请贵行对接授信。",
    responses: [
      { status: "INTERESTED", on: "2025-05-16" },
      { status: "DUE_DILIGENCE", on: "2025-06-03" },
      { status: "APPROVED", on: "2025-07-15", amount: "800" },
      { status: "DISBURSED", on: "2025-08-05", amount: "800" },
    ],
  },
  {
    projectCode: "XTQT-2025-011", institutionKey: "ccb", productName: "建行碳减排支持贷款", pushedOn: "2026-03-10",
    message: "经开区屋顶分布式光伏项目装机60MW，融资需求约1.68亿元，符合碳减排支持工具支持领域，请对接。",
    responses: [
      { status: "INTERESTED", on: "2026-03-16" },
      { status: "DUE_DILIGENCE", on: "2026-04-02" },
      { status: "APPROVED", on: "2026-05-20", amount: "16500" },
    ],
  },
  {
    projectCode: "XTQT-2025-013", institutionKey: "icbc", productName: "工银绿色项目贷", pushedOn: "2026-10-12",
    message: "韶山市农光互补光伏电站项目已入库，前期手续基本齐备，请贵行研究授信方案。",
    responses: [],
  },
  {
    projectCode: "XTQT-2024-011", institutionKey: "ccb", productName: "建行碳减排支持贷款", pushedOn: "2026-10-27",
    message: "生物质热电联产项目年减排约9.5万吨二氧化碳，项目尚有融资缺口，请对接。",
    responses: [],
  },
  {
    projectCode: "XTQT-2025-014", institutionKey: "icbc", productName: "工银绿色项目贷", pushedOn: "2026-09-21",
    message: "高新区独立储能电站项目拟于明年开工，请贵行提前介入并提供融资方案。",
    responses: [],
  },
  {
    projectCode: "XTQT-2025-040", institutionKey: "abc", productName: "农银生态修复贷", pushedOn: "2026-11-18",
    message: "东台山森林抚育及碳汇林项目已入库，请贵行评估长期限贷款支持的可行性。",
    responses: [],
  },
  {
    projectCode: "XTQT-2025-009", institutionKey: "hnrcb", pushedOn: "2026-11-19",
    message: "县域建材企业窑炉节能降碳改造项目，请贵行了解企业需求并对接技改贷款。",
    responses: [],
  },
  {
    projectCode: "XTQT-2025-016", institutionKey: "ccb", productName: "建行碳减排支持贷款", pushedOn: "2026-11-16",
    message: "水府庙库区漂浮式光伏电站项目已完成可研，请对接项目融资需求。",
    responses: [],
  },
  {
    projectCode: "XTQT-2025-005", institutionKey: "icbc", productName: "工银转型金融贷（可持续发展挂钩）", pushedOn: "2026-09-01",
    message: "湘钢高炉煤气综合利用发电项目属钢铁行业低碳转型项目，请研究可持续发展挂钩贷款方案。",
    responses: [
      { status: "INTERESTED", on: "2026-09-08" },
    ],
  },
  {
    projectCode: "XTQT-2024-013", institutionKey: "ccb", productName: "建行碳减排支持贷款", pushedOn: "2026-07-06",
    message: "湘潭县整县屋顶分布式光伏开发项目融资需求约1.84亿元，尚未落实银行融资，请对接。",
    responses: [
      { status: "INTERESTED", on: "2026-07-10" },
      { status: "DUE_DILIGENCE", on: "2026-08-03" },
    ],
  },
  {
    projectCode: "XTQT-2025-023", institutionKey: "icbc", productName: "工银绿色项目贷", pushedOn: "2026-06-15",
    message: "雨湖区保障性住房二星级绿色建筑项目，请评估绿色建筑贷款支持的可行性。",
    responses: [
      { status: "DECLINED", on: "2026-06-24", reason: "项目以财政专项债为主要资金来源，还款来源依赖租金和财政补贴，现金流覆盖不足，暂不纳入我行绿色信贷支持范围。" },
    ],
  },
  {
    projectCode: "XTQT-2025-026", institutionKey: "cib", pushedOn: "2026-08-20",
    message: "碳纤维复合材料产业化项目产品服务风电和新能源汽车轻量化，请贵行了解融资需求。",
    responses: [
      { status: "INTERESTED", on: "2026-08-27" },
    ],
  },
  {
    projectCode: "XTQT-2025-027", institutionKey: "ccbgreen", productName: "园区绿色制造贷", pushedOn: "2026-05-11",
    message: "动力电池回收利用项目位于经开区，属园区绿色制造企业，请绿色支行对接。",
    responses: [
      { status: "INTERESTED", on: "2026-05-15" },
      { status: "DUE_DILIGENCE", on: "2026-06-10" },
    ],
  },
  {
    projectCode: "XTQT-2024-033", institutionKey: "abc", productName: "农银生态修复贷", pushedOn: "2026-04-08",
    message: "湘潭县国家储备林项目建设期长，请贵行研究长期限国家储备林贷款方案。",
    responses: [
      { status: "INTERESTED", on: "2026-04-13" },
      { status: "DUE_DILIGENCE", on: "2026-05-06" },
    ],
  },
  {
    projectCode: "XTQT-2025-025", institutionKey: "fund", productName: "绿色产业基金股权投资", pushedOn: "2026-09-15",
    message: "经开区氢能产业园项目拟引入股权投资，请基金管理人开展项目评估。",
    responses: [
      { status: "INTERESTED", on: "2026-09-29" },
    ],
  },
];
