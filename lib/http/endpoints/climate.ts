import { z } from "zod";
import { calculateForActivity } from "@/lib/services/climate/benefits";
import { listFactors } from "@/lib/services/climate/factors";
import { climatePortfolio } from "@/lib/services/climate/portfolio";
import { yuanString } from "@/lib/validation/common";
import { calculateInput } from "@/lib/validation/climate";
import { endpoint, type RouteHandler } from "../endpoint";

const n = z.number().nullable();
const figures = z.object({ co2ReductionT: n, energySavedTce: n, renewableMwh: n, carbonSinkT: n, areaRestoredHa: n });
const factorUsed = z.object({
  id: z.number().int().nullable().describe("因子库版本 id；覆盖值为 null"), key: z.string(), name: z.string(),
  version: z.number().int().nullable(), value: z.number(), unit: z.string(), source: z.string(), year: z.number().int().nullable(),
});

export const postBenefitCalculate = endpoint(
  {
    method: "POST", path: "/api/v1/benefits/calculate", tags: ["climate"],
    summary: "按项目类型和活动数据计算气候效益（可覆盖因子值），返回各项数值、计算式和所用因子版本；不保存",
    body: calculateInput,
    response: z.object({
      figures,
      lines: z.array(z.object({
        kind: z.string(), activity: z.record(z.string(), z.unknown()), figures,
        steps: z.array(z.object({ label: z.string(), expression: z.string(), value: z.number(), unit: z.string() })),
      })),
      factors: z.array(factorUsed),
    }),
  },
  async ({ actor, rawBody }) => calculateForActivity(actor, rawBody),
);

export const getFactors = endpoint(
  {
    method: "GET", path: "/api/v1/factors", tags: ["climate"],
    summary: "排放因子库：现行版本；all=true 时含全部历史版本",
    query: z.object({ all: z.enum(["true", "false"]).optional() }),
    response: z.array(z.object({
      id: z.number().int(), key: z.string(), name: z.string(), value: z.number(), unit: z.string(), source: z.string(),
      year: z.number().int(), version: z.number().int(), validFrom: z.string(), supersededAt: z.string().nullable(), current: z.boolean(),
      createdBy: z.string().nullable(), projectsUsing: z.number().int(),
    })),
  },
  async ({ actor, query }) => listFactors(actor, { all: query.all === "true" }),
);

const portfolioRow = z.object({
  id: z.number().int(), code: z.string(), name: z.string(), projects: z.number().int(), computed: z.number().int(),
  co2ReductionT: z.number(), energySavedTce: z.number(), renewableMwh: z.number(), carbonSinkT: z.number(),
  beneficiaries: z.number(), areaRestoredHa: z.number(),
  needOfReducing: yuanString, securedOfReducing: yuanString, co2OfSecured: z.number(),
  needPerTco2: yuanString.nullable().describe("融资需求（元）/ 年减排量（tCO2）"),
  securedPerTco2: yuanString.nullable().describe("已落实融资（元）/ 年减排量（tCO2）"),
});

export const getClimatePortfolio = endpoint(
  {
    method: "GET", path: "/api/v1/climate/portfolio", tags: ["climate"],
    summary: "入库项目气候效益汇总：按类别、按区县的年减排量、节能量、发电量、碳汇、受益人口、修复面积及单位减排融资额",
    response: z.object({ totals: portfolioRow, byCategory: z.array(portfolioRow.extend({ family: z.string() })), byDistrict: z.array(portfolioRow) }),
  },
  async ({ actor }) => climatePortfolio(actor),
);

/** The area's endpoints, in the order the OpenAPI document lists them. */
export const CLIMATE_ENDPOINTS: readonly RouteHandler[] = [postBenefitCalculate, getFactors, getClimatePortfolio];
