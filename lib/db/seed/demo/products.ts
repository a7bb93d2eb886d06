import type { SeedProduct } from "../types";

const CITY = ["430300"];

export const products: SeedProduct[] = [
  {
    institutionKey: "icbc", name: "工银绿色项目贷", instrument: "GREEN_LOAN",
    description: "面向清洁能源、节能降碳、绿色交通和绿色建筑项目的中长期项目贷款，符合条件的可申请碳减排支持工具资金。",
    categoryCodes: ["M01", "M02", "M03", "M04", "M05"], regionCodes: CITY,
    minAmount: "500", maxAmount: "100000", minTermMonths: 12, maxTermMonths: 180,
    rateBp: 320, rateNote: "LPR(5年期以上)减15BP起，纳入碳减排支持工具的项目可再优惠", carbonToolLinked: true, active: true,
  },
  {
    institutionKey: "icbc", name: "工银转型金融贷（可持续发展挂钩）", instrument: "TRANSITION_LOAN",
    description: "支持钢铁、建材、化工等高碳行业低碳转型，利率与企业年度碳减排目标完成情况挂钩。",
    categoryCodes: ["M02", "M06"], regionCodes: CITY,
    minAmount: "3000", maxAmount: "150000", minTermMonths: 36, maxTermMonths: 120,
    rateBp: 345, rateNote: "完成约定减排目标后次年利率下调10BP", minCo2ReductionT: 5000, active: true,
  },
  {
    institutionKey: "ccb", name: "建行碳减排支持贷款", instrument: "GREEN_LOAN",
    description: "运用人民银行碳减排支持工具，为清洁能源、节能环保和碳减排技术领域项目提供优惠利率贷款。",
    categoryCodes: ["M02", "M03", "M04"], regionCodes: CITY,
    minAmount: "300", maxAmount: "80000", minTermMonths: 12, maxTermMonths: 180,
    rateBp: 310, rateNote: "碳减排支持工具项下贷款利率与同期LPR基本持平", minCo2ReductionT: 1000,
    carbonToolLinked: true, active: true,
  },
  {
    institutionKey: "ccb", name: "建行绿色建筑贷", instrument: "GREEN_LOAN",
    description: "支持取得绿色建筑星级标识、超低能耗建筑及既有建筑节能改造项目。",
    categoryCodes: ["M01", "M05"], regionCodes: CITY,
    minAmount: "1000", maxAmount: "60000", minTermMonths: 36, maxTermMonths: 240,
    rateBp: 335, rateNote: "二星级及以上绿色建筑利率优惠10BP", active: true,
  },
  {
    institutionKey: "ccbgreen", name: "园区绿色制造贷", instrument: "GREEN_LOAN",
    description: "绿色支行专营产品，服务高新区、经开区新能源、储能材料、资源循环利用等绿色制造企业。",
    categoryCodes: ["M02", "M04", "M06", "M07"], regionCodes: ["430371", "430372"],
    minAmount: "200", maxAmount: "30000", minTermMonths: 12, maxTermMonths: 120,
    rateBp: 325, rateNote: "园区绿色企业白名单内企业享受优惠利率", active: true,
  },
  {
    institutionKey: "abc", name: "农银生态修复贷", instrument: "GREEN_LOAN",
    description: "支持流域治理、湿地修复、国家储备林和农村人居环境整治等适应气候变化项目。",
    categoryCodes: ["A01", "A02", "A03"], regionCodes: ["430321", "430381", "430382"],
    minAmount: "500", maxAmount: "50000", minTermMonths: 60, maxTermMonths: 300,
    rateBp: 330, rateNote: "国家储备林项目期限最长可达25年", active: true,
  },
  {
    institutionKey: "abc", name: "农银转型金融贷（试点版）", instrument: "TRANSITION_LOAN",
    description: "2024年试点推出的转型贷款产品，已由新版产品替代，暂停受理。",
    categoryCodes: ["M02"], regionCodes: CITY,
    minAmount: "2000", maxAmount: "50000", minTermMonths: 36, maxTermMonths: 96,
    rateBp: 350, active: false,
  },
  {
    institutionKey: "cib", name: "兴业绿色能源贷", instrument: "GREEN_LOAN",
    description: "面向分布式光伏、风电、储能及风光储一体化项目，可按发电收益设计还款计划。",
    categoryCodes: ["M03", "M04"], regionCodes: CITY,
    minAmount: "100", maxAmount: "30000", minTermMonths: 12, maxTermMonths: 144,
    rateBp: 330, rateNote: "可申请碳减排支持工具，电费收费权质押", carbonToolLinked: true, active: true,
  },
  {
    institutionKey: "cib", name: "兴业碳资产质押贷", instrument: "PLEDGE_LOAN",
    description: "以碳排放配额、国家核证自愿减排量（CCER）等碳资产作质押的短期流动资金贷款。",
    categoryCodes: ["M02", "M03", "M07"], regionCodes: CITY,
    minAmount: "50", maxAmount: "5000", minTermMonths: 6, maxTermMonths: 36,
    rateBp: 365, active: true,
  },
  {
    institutionKey: "hnrcb", name: "排污权质押贷", instrument: "PLEDGE_LOAN",
    description: "以企业依法取得的排污权作质押，支持中小企业污染治理和清洁生产改造。",
    categoryCodes: ["M02", "M07"], regionCodes: CITY,
    minAmount: "50", maxAmount: "500", minTermMonths: 6, maxTermMonths: 36,
    rateBp: 398, rateNote: "排污权按评估价值的60%以内确定质押率", active: true,
  },
  {
    institutionKey: "hnrcb", name: "绿色技改贷", instrument: "GREEN_LOAN",
    description: "面向县域中小企业的节能降碳技术改造贷款，审批链条短、放款快。",
    categoryCodes: ["M02", "M06", "M07"], regionCodes: ["430321", "430381", "430382"],
    minAmount: "100", maxAmount: "5000", minTermMonths: 12, maxTermMonths: 60,
    rateBp: 385, active: true,
  },
  {
    institutionKey: "fund", name: "绿色产业基金股权投资", instrument: "GREEN_FUND",
    description: "市绿色发展产业基金以股权方式投资新能源、储能材料、氢能等低碳新兴产业项目。",
    categoryCodes: ["M03", "M06"], regionCodes: CITY,
    minAmount: "2000", maxAmount: "30000", minTermMonths: 60, maxTermMonths: 96,
    rateNote: "股权投资，按约定回购或市场化退出", active: true,
  },
];
