import type { SeedAdbProgramme } from "../types";
import { adbSubProjectsA } from "./adb-subprojects-a";
import { adbSubProjectsB } from "./adb-subprojects-b";

/** 亚行贷款：16 个子项目，亚行贷款分配额合计 104657 万元（10.4657 亿元）。 */
export const adb: SeedAdbProgramme = {
  name: "湘潭低碳转型与绿色发展亚行贷款项目",
  loanNumber: "L4216-PRC",
  loanUsd: 150000000,
  signedAt: "2022-09-28",
  closingAt: "2028-12-31",
  description:
    "亚洲开发银行贷款1.5亿美元，支持湘潭市在绿色低碳建筑、新能源公交、清洁能源、废弃物资源化、湿地与流域生态修复、" +
    "森林质量提升和海绵城市等领域实施16个子项目。土建工程招标结果须经亚行批复后方可签订合同开工。",
  subProjects: [...adbSubProjectsA, ...adbSubProjectsB],
};
