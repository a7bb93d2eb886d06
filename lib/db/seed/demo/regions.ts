import type { SeedCategory, SeedRegion } from "../types";

/** 湖南省 → 湘潭市 → 5 个县市区 + 2 个国家级园区（高新区、经开区）。 */
export const regions: SeedRegion[] = [
  { code: "430000", name: "湖南省", level: "PROVINCE" },
  { code: "430300", name: "湘潭市", level: "CITY", parentCode: "430000" },
  { code: "430302", name: "雨湖区", level: "DISTRICT", parentCode: "430300" },
  { code: "430304", name: "岳塘区", level: "DISTRICT", parentCode: "430300" },
  { code: "430321", name: "湘潭县", level: "DISTRICT", parentCode: "430300" },
  { code: "430381", name: "湘乡市", level: "DISTRICT", parentCode: "430300" },
  { code: "430382", name: "韶山市", level: "DISTRICT", parentCode: "430300" },
  { code: "430371", name: "湘潭高新区", level: "PARK", parentCode: "430300" },
  { code: "430372", name: "湘潭经开区", level: "PARK", parentCode: "430300" },
];

/** The seven district / park codes under 湘潭市. */
export const districtCodes = ["430302", "430304", "430321", "430381", "430382", "430371", "430372"] as const;

export const categories: SeedCategory[] = [
  { code: "M01", name: "低碳城市转型", family: "MITIGATION",
    description: "推动城市空间布局、能源结构和运行管理整体低碳化，包括近零碳园区、社区、景区及城市碳管理平台。" },
  { code: "M02", name: "重点行业节能降碳", family: "MITIGATION",
    description: "钢铁、建材、化工、机械等重点行业的节能技术改造、余热余能利用和清洁生产改造。" },
  { code: "M03", name: "清洁能源", family: "MITIGATION",
    description: "风电、光伏、生物质能、地热能、储能等可再生能源与清洁能源的开发利用。" },
  { code: "M04", name: "交通领域节能降碳", family: "MITIGATION",
    description: "新能源公交和物流车辆推广、充换电基础设施、慢行交通系统及港口岸电等交通减排工程。" },
  { code: "M05", name: "建筑领域节能降碳", family: "MITIGATION",
    description: "新建绿色建筑和超低能耗建筑、既有建筑节能改造、装配式建筑及建筑可再生能源应用。" },
  { code: "M06", name: "新兴产业工程", family: "MITIGATION",
    description: "新能源装备、储能电池材料、氢能、碳纤维等低碳新兴产业的产业化项目。" },
  { code: "M07", name: "废弃物处理工程", family: "MITIGATION",
    description: "生活垃圾、餐厨垃圾、建筑垃圾和工业固废的减量化、资源化利用与无害化处置。" },
  { code: "A01", name: "生态环境保护和提升", family: "ADAPTATION",
    description: "河湖湿地生态修复、流域水环境综合治理、污染土壤修复和生物多样性保护，提升生态系统韧性。" },
  { code: "A02", name: "造林和森林养护", family: "ADAPTATION",
    description: "植树造林、森林抚育、森林质量精准提升和国家储备林建设，增加森林碳汇。" },
  { code: "A03", name: "人居环境治理", family: "ADAPTATION",
    description: "海绵城市、排水防涝、污水管网和农村人居环境整治等增强城乡应对极端天气能力的工程。" },
];
