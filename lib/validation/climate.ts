// Input of the benefit calculators (API, the project benefit form, the demo seed) and of the
// factor library. Activity data arrive as JSON numbers from the API and as strings from forms.
import { z } from "zod";
import { CO2_BASES, FUELS, NEW_ENERGY, TCE_CONVERSIONS, VEHICLE_FUELS, type BenefitLine } from "@/lib/domain/benefits/types";
import { DEFAULT_GRID } from "@/lib/domain/benefits/calculators";
import { MAX_DB_INT } from "./common";
import { optionalNonNegative, requiredText } from "./fields";

const qty = (label: string, max = 1e12) =>
  z.coerce.number({ error: `${label}须为数字` }).refine(Number.isFinite, `${label}须为数字`).pipe(z.number().min(0, `${label}不能为负数`).max(max, `${label}过大`));
const factorKey = z.string({ error: "请选择因子" }).trim().min(1, "请选择因子").max(80);
const grid = factorKey.regex(/^grid\./, "请选择电网排放因子").default(DEFAULT_GRID);

const override = z.union([
  z.number().min(0),
  z.object({ value: z.coerce.number().min(0, "覆盖值不能为负数"), source: z.string().trim().min(1, "请注明覆盖值的来源").max(300) }),
]).transform((v) => (typeof v === "number" ? { value: v, source: "计算时给出的覆盖值" } : v));
const overrides = z.record(factorKey, override).optional();

const line = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("renewable"), overrides,
    activity: z.object({
      mwh: qty("年发电量"), grid,
      tceConversion: z.enum(TCE_CONVERSIONS).default("coal_consumption"),
      co2Basis: z.enum(CO2_BASES).default("grid"),
    }),
  }),
  z.object({ kind: z.literal("energy_saving"), overrides, activity: z.object({ tce: qty("年节能量") }) }),
  z.object({
    kind: z.literal("fuel_switch"), overrides,
    activity: z.object({
      fuel: z.enum(FUELS, { error: "请选择原燃料" }), fuelQty: qty("原燃料年消费量"),
      newEnergy: z.enum(NEW_ENERGY, { error: "请选择替代能源" }), newQty: qty("替代能源年用量"), grid,
    }).refine((a) => a.fuel !== a.newEnergy, { message: "原燃料与替代能源不能相同", path: ["newEnergy"] }),
  }),
  z.object({
    kind: z.literal("carbon_sink"), overrides,
    activity: z.object({ areaHa: qty("面积", 1e8), rate: factorKey.regex(/^(forest|grassland|wetland)\./, "请选择碳汇速率因子") }),
  }),
  z.object({ kind: z.literal("waste"), overrides, activity: z.object({ ch4T: qty("避免甲烷排放量"), mwh: qty("上网电量").default(0), grid }) }),
  z.object({
    kind: z.literal("transport"), overrides,
    activity: z.object({
      vehicleKm: qty("年车公里"), fuel: z.enum(VEHICLE_FUELS, { error: "请选择被替代的燃料" }),
      litresPer100km: qty("百公里油耗", 200), kwhPer100km: qty("百公里电耗", 500), grid,
    }),
  }),
  z.object({ kind: z.literal("green_building"), overrides, activity: z.object({ mwhSaved: qty("年节电量"), grid }) }),
], { error: "请选择计算类型" });

export const benefitLines = z.array(line).min(1, "请至少添加一项计算").max(20, "计算项不能超过 20 项");
/** Type check: what the schema yields is what the calculators take. */
export const asLines = (v: z.infer<typeof benefitLines>): BenefitLine[] => v;

/** POST /api/v1/benefits/calculate: one project type, its activity data, optional overrides. */
export const calculateInput = z.object({
  type: z.string({ error: "请选择计算类型" }),
  activity: z.record(z.string(), z.unknown(), { error: "请提供活动数据" }),
  overrides: z.record(z.string(), z.unknown()).optional(),
}).transform((v, ctx) => {
  const r = line.safeParse({ kind: v.type, activity: v.activity, overrides: v.overrides });
  if (r.success) return [r.data] as BenefitLine[];
  for (const i of r.error.issues) ctx.addIssue({ code: "custom", message: i.message, path: i.path.map((p) => (p === "kind" ? "type" : p)) as (string | number)[] });
  return z.NEVER;
});

const jsonText = (v: unknown) => {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};

/** The project benefit form: its lines (JSON from the client form), the owner's figure, the version edited. */
export const projectBenefitInput = z.object({
  version: z.coerce.number().int().positive().max(MAX_DB_INT),
  lines: z.preprocess(jsonText, benefitLines),
  declaredCo2T: optionalNonNegative("项目单位申报年减排量"),
});

const isoDate = z.string({ error: "请填写生效日期" }).regex(/^\d{4}-\d{2}-\d{2}$/, "生效日期格式应为 YYYY-MM-DD")
  .refine((s) => !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()), "生效日期无效");

/** A new version of a factor: its value, where it comes from, and from when it applies. */
export const factorVersionInput = z.object({
  key: factorKey,
  value: z.coerce.number({ error: "因子数值须为数字" }).refine(Number.isFinite, "因子数值须为数字").pipe(z.number().positive("因子数值须大于 0").max(1e6, "因子数值过大")),
  source: requiredText("来源文件", 4, 300),
  year: z.coerce.number({ error: "年份须为整数" }).int("年份须为整数").min(1990, "年份不能早于 1990").max(2100, "年份不能晚于 2100"),
  validFrom: isoDate,
});
