import type { SeedReport } from "../types";

/** 2026年8—10月在建项目月度调度（10月部分项目未报送，11月尚未报送）及问题清单。 */
export const reports: SeedReport[] = [
  {
    projectCode: "XTQT-2024-004", year: 2026, month: 8, investmentMonth: "8100",
    investmentCumulative: "168400", physicalProgress: 58, narrative: "2号烧结机烟气循环系统完成安装调试。",
    problems: [
      { description: "余热发电机组并网接入系统方案尚需电网公司审查批复。", category: "APPROVAL", department: "国网湘潭供电公司", dueDate: "2026-09-30",
        closed: { resolution: "接入系统方案已于9月中旬批复，1号机组按期并网。", on: "2026-09-22" } },
    ],
  },
  {
    projectCode: "XTQT-2024-004", year: 2026, month: 9, investmentMonth: "8500",
    investmentCumulative: "176900", physicalProgress: 61, narrative: "高炉煤气发电1号机组完成汽机扣缸。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-004", year: 2026, month: 10, investmentMonth: "8300",
    investmentCumulative: "185200", physicalProgress: 64, narrative: "1号发电机组并网试运行，活性炭脱硫脱硝装置进入热负荷调试。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-006", year: 2026, month: 8, investmentMonth: "1500",
    investmentCumulative: "17800", physicalProgress: 68, narrative: "第三批高效电解槽完成更换。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-006", year: 2026, month: 9, investmentMonth: "1600",
    investmentCumulative: "19400", physicalProgress: 74, narrative: "锰渣无害化处理车间主体完工。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-006", year: 2026, month: 10, investmentMonth: "1700",
    investmentCumulative: "21100", physicalProgress: 80, narrative: "余热回收装置完成安装，能源管理系统上线试运行。",
    problems: [],
  },
  {
    projectCode: "XTQT-2025-006", year: 2026, month: 8, investmentMonth: "650",
    investmentCumulative: "3900", physicalProgress: 45, narrative: "1号中频感应电炉基础施工完成。",
    problems: [],
  },
  {
    projectCode: "XTQT-2025-006", year: 2026, month: 9, investmentMonth: "800",
    investmentCumulative: "4700", physicalProgress: 54, narrative: "电炉设备到货安装，因10kV专线未接通暂无法调试。",
    problems: [
      { description: "中频感应电炉增容需新建10kV专线，供电方案尚未落实。", category: "TECHNICAL", department: "国网湘潭供电公司", dueDate: "2026-10-31", },
    ],
  },
  {
    projectCode: "XTQT-2025-011", year: 2026, month: 8, investmentMonth: "2100",
    investmentCumulative: "6300", physicalProgress: 30, narrative: "第一批12家企业屋顶光伏完成安装。",
    problems: [
      { description: "部分企业厂房屋顶产权证明不全，屋顶租赁协议无法签订。", category: "OTHER", department: "湘潭经开区管理委员会", dueDate: "2026-09-15",
        closed: { resolution: "经开区管委会协调出具产权情况说明，协议已签订。", on: "2026-09-10" } },
    ],
  },
  {
    projectCode: "XTQT-2025-011", year: 2026, month: 9, investmentMonth: "2600",
    investmentCumulative: "8900", physicalProgress: 42, narrative: "第二批15家企业屋顶光伏开工建设，第一批并网发电。",
    problems: [],
  },
  {
    projectCode: "XTQT-2025-011", year: 2026, month: 10, investmentMonth: "2900",
    investmentCumulative: "11800", physicalProgress: 55, narrative: "累计并网约28MW，部分片区受配变容量限制。",
    problems: [
      { description: "部分片区配电变压器容量不足，光伏并网容量受限。", category: "TECHNICAL", department: "国网湘潭供电公司", dueDate: "2026-12-15", },
    ],
  },
  {
    projectCode: "XTQT-2024-011", year: 2026, month: 8, investmentMonth: "1700",
    investmentCumulative: "24500", physicalProgress: 78, narrative: "锅炉水压试验完成。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-011", year: 2026, month: 9, investmentMonth: "1600",
    investmentCumulative: "26100", physicalProgress: 83, narrative: "汽轮发电机组完成扣缸，燃料收储站建成3处。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-011", year: 2026, month: 10, investmentMonth: "1500",
    investmentCumulative: "27600", physicalProgress: 87, narrative: "锅炉点火烘炉，计划年底前并网发电。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-012", year: 2026, month: 8, investmentMonth: "600",
    investmentCumulative: "7400", physicalProgress: 66, narrative: "第二批屋顶光伏完成并网。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-012", year: 2026, month: 9, investmentMonth: "700",
    investmentCumulative: "8100", physicalProgress: 72, narrative: "第三批学校屋面加固施工。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-012", year: 2026, month: 10, investmentMonth: "700",
    investmentCumulative: "8800", physicalProgress: 79, narrative: "第三批光伏组件安装过半。",
    problems: [],
  },
  {
    projectCode: "XTQT-2025-015", year: 2026, month: 8, investmentMonth: "800",
    investmentCumulative: "4200", physicalProgress: 28, narrative: "1号能源站地埋管钻孔完成约40%。",
    problems: [],
  },
  {
    projectCode: "XTQT-2025-015", year: 2026, month: 9, investmentMonth: "900",
    investmentCumulative: "5100", physicalProgress: 35, narrative: "区域供能管网开挖施工，部分路段需占用市政绿地。",
    problems: [
      { description: "地埋管施工需临时占用市政绿地，临时用地手续未办结。", category: "LAND", department: "市自然资源和规划局", dueDate: "2026-10-20", },
    ],
  },
  {
    projectCode: "XTQT-2024-015", year: 2026, month: 8, investmentMonth: "500",
    investmentCumulative: "14300", physicalProgress: 84, narrative: "第四批40辆纯电动公交车交付。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-015", year: 2026, month: 9, investmentMonth: "600",
    investmentCumulative: "14900", physicalProgress: 88, narrative: "智慧调度系统完成联调。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-015", year: 2026, month: 10, investmentMonth: "700",
    investmentCumulative: "15600", physicalProgress: 92, narrative: "最后2座充电场站设备安装，因电力增容未完成影响投运。",
    problems: [
      { description: "最后2座公交充电场站电力增容工程未完成。", category: "TECHNICAL", department: "国网湘潭供电公司", dueDate: "2026-11-20", },
    ],
  },
  {
    projectCode: "XTQT-2024-017", year: 2026, month: 8, investmentMonth: "1500",
    investmentCumulative: "19600", physicalProgress: 64, narrative: "新建快充站4座投运。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-017", year: 2026, month: 9, investmentMonth: "1800",
    investmentCumulative: "21400", physicalProgress: 70, narrative: "2座重卡换电站主体完工，部分站点选址需调整用地性质。",
    problems: [
      { description: "2座重卡换电站选址地块规划用途与建设内容不符。", category: "LAND", department: "市自然资源和规划局", dueDate: "2026-10-31",
        closed: { resolution: "已调整至物流园区内符合规划的地块。", on: "2026-10-28" } },
    ],
  },
  {
    projectCode: "XTQT-2024-017", year: 2026, month: 10, investmentMonth: "1900",
    investmentCumulative: "23300", physicalProgress: 76, narrative: "累计建成快充站27座、换电站4座。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-019", year: 2026, month: 8, investmentMonth: "1250",
    investmentCumulative: "17600", physicalProgress: 52, narrative: "医疗综合楼主体结构施工至14层。",
    problems: [
      { description: "市级配套资金到位滞后，影响幕墙和机电安装工程款支付。", category: "FUNDING", department: "市财政局", dueDate: "2026-09-30",
        closed: { resolution: "市财政局已拨付配套资金3000万元。", on: "2026-10-12" } },
    ],
  },
  {
    projectCode: "XTQT-2024-019", year: 2026, month: 9, investmentMonth: "1300",
    investmentCumulative: "18900", physicalProgress: 56, narrative: "主体结构封顶，启动幕墙及机电安装。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-019", year: 2026, month: 10, investmentMonth: "1450.5",
    investmentCumulative: "20350.5", physicalProgress: 60, narrative: "光伏幕墙深化设计调整，待亚行不反对后实施。",
    problems: [
      { description: "光伏幕墙设计变更需报亚行出具不反对意见。", category: "APPROVAL", department: "市发展和改革委员会", dueDate: "2026-11-30", },
    ],
  },
  {
    projectCode: "XTQT-2024-021", year: 2026, month: 8, investmentMonth: "480",
    investmentCumulative: "5200", physicalProgress: 60, narrative: "完成第三批12个小区外墙保温施工。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-021", year: 2026, month: 9, investmentMonth: "550",
    investmentCumulative: "5750", physicalProgress: 66, narrative: "节能门窗更换完成约70%。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-021", year: 2026, month: 10, investmentMonth: "550",
    investmentCumulative: "6300", physicalProgress: 73, narrative: "第四批小区开工改造。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-022", year: 2026, month: 8, investmentMonth: "1000",
    investmentCumulative: "15800", physicalProgress: 72, narrative: "预制构件3号生产线设备调试。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-022", year: 2026, month: 9, investmentMonth: "1100",
    investmentCumulative: "16900", physicalProgress: 77, narrative: "钢结构部品生产线厂房封顶。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-022", year: 2026, month: 10, investmentMonth: "1000",
    investmentCumulative: "17900", physicalProgress: 82, narrative: "3号生产线试生产，屋顶光伏开始安装。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-025", year: 2026, month: 8, investmentMonth: "3300",
    investmentCumulative: "41000", physicalProgress: 58, narrative: "一期两条正极材料生产线进入设备安装。",
    problems: [
      { description: "二期生产线节能审查意见尚未出具。", category: "APPROVAL", department: "市发展和改革委员会", dueDate: "2026-09-10",
        closed: { resolution: "节能审查意见已出具。", on: "2026-09-05" } },
    ],
  },
  {
    projectCode: "XTQT-2024-025", year: 2026, month: 9, investmentMonth: "3500",
    investmentCumulative: "44500", physicalProgress: 63, narrative: "研发中心主体完工。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-025", year: 2026, month: 10, investmentMonth: "3700",
    investmentCumulative: "48200", physicalProgress: 69, narrative: "一期生产线单机调试，二期厂房基础施工。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-028", year: 2026, month: 8, investmentMonth: "700",
    investmentCumulative: "6100", physicalProgress: 45, narrative: "8座分类转运站完成主体施工。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-028", year: 2026, month: 9, investmentMonth: "800",
    investmentCumulative: "6900", physicalProgress: 51, narrative: "再生资源分拣中心钢结构吊装。",
    problems: [
      { description: "再生资源分拣中心环境影响报告表尚未批复。", category: "APPROVAL", department: "湘潭市生态环境局湘乡分局", dueDate: "2026-10-15",
        closed: { resolution: "环评批复已出具。", on: "2026-10-09" } },
    ],
  },
  {
    projectCode: "XTQT-2024-028", year: 2026, month: 10, investmentMonth: "900",
    investmentCumulative: "7800", physicalProgress: 58, narrative: "厨余垃圾处理厂设备基础施工。",
    problems: [],
  },
  {
    projectCode: "XTQT-2025-029", year: 2026, month: 8, investmentMonth: "2200",
    investmentCumulative: "9800", physicalProgress: 20, narrative: "焚烧主厂房桩基施工完成。",
    problems: [
      { description: "二期项目地方政府专项债券资金尚未到位。", category: "FUNDING", department: "市财政局", dueDate: "2026-10-31", },
    ],
  },
  {
    projectCode: "XTQT-2025-029", year: 2026, month: 9, investmentMonth: "2800",
    investmentCumulative: "12600", physicalProgress: 26, narrative: "主厂房基础施工，部分资金尚未到位。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-030", year: 2026, month: 8, investmentMonth: "550",
    investmentCumulative: "8300", physicalProgress: 57, narrative: "涟水河入湘口生态护岸施工。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-030", year: 2026, month: 9, investmentMonth: "600",
    investmentCumulative: "8900", physicalProgress: 61, narrative: "人工湿地净化单元完成3处。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-030", year: 2026, month: 10, investmentMonth: "700",
    investmentCumulative: "9600", physicalProgress: 66, narrative: "进入秋冬枯水期施工窗口，加快湿地植被种植。",
    problems: [
      { description: "汛期及通航影响，部分水下生态护岸施工窗口期不足。", category: "OTHER", department: "市水利局", dueDate: "2026-12-31", },
    ],
  },
  {
    projectCode: "XTQT-2024-032", year: 2026, month: 8, investmentMonth: "200",
    investmentCumulative: "3100", physicalProgress: 47, narrative: "完成补植改造约80公顷的整地。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-032", year: 2026, month: 9, investmentMonth: "250",
    investmentCumulative: "3350", physicalProgress: 51, narrative: "抚育间伐作业完成约1200公顷。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-035", year: 2026, month: 8, investmentMonth: "520",
    investmentCumulative: "7900", physicalProgress: 71, narrative: "完成雨污分流改造片区2个。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-035", year: 2026, month: 9, investmentMonth: "600",
    investmentCumulative: "8500", physicalProgress: 77, narrative: "3号污水提升泵站设备安装。",
    problems: [],
  },
  {
    projectCode: "XTQT-2024-035", year: 2026, month: 10, investmentMonth: "550",
    investmentCumulative: "9050", physicalProgress: 82, narrative: "累计完成管网改造约78公里。",
    problems: [],
  },
  {
    projectCode: "XTQT-2025-044", year: 2026, month: 8, investmentMonth: "1600",
    investmentCumulative: "19800", physicalProgress: 33, narrative: "2号排涝泵站主体施工。",
    problems: [],
  },
  {
    projectCode: "XTQT-2025-044", year: 2026, month: 9, investmentMonth: "1700",
    investmentCumulative: "21500", physicalProgress: 36, narrative: "雨水管网扩容施工受地下管线迁改影响进度放缓。",
    problems: [
      { description: "雨水管网扩容涉及燃气、通信管线迁改，权属单位协调进展缓慢。", category: "OTHER", department: "市住房和城乡建设局", dueDate: "2026-11-15", },
    ],
  },
  {
    projectCode: "XTQT-2025-046", year: 2026, month: 9, investmentMonth: "600",
    investmentCumulative: "3900", physicalProgress: 44, narrative: "完成4座乡镇污水处理厂主体施工。",
    problems: [],
  },
  {
    projectCode: "XTQT-2025-046", year: 2026, month: 10, investmentMonth: "600",
    investmentCumulative: "4500", physicalProgress: 51, narrative: "村级一体化设施安装完成约60套，部分站点用地未落实。",
    problems: [
      { description: "部分村级污水处理设施站点用地尚未落实。", category: "LAND", department: "湘潭县自然资源局", dueDate: "2026-11-10", },
    ],
  },
];
