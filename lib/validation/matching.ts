import { z } from "zod";
import { idParam, pagingSchema, yuanString } from "./common";

const blank = (v: unknown) => (v === "" ? undefined : v);
const optionalId = z.preprocess(blank, idParam.optional());

export const MATCH_SORTS = ["score", "gap", "need", "co2"] as const;

export const matchListQuery = pagingSchema.extend({
  institutionId: optionalId.describe("金融机构（银行只能看本机构）"),
  productId: optionalId,
  projectId: optionalId,
  minScore: z.preprocess(blank, z.coerce.number().int().min(0).max(100).optional()),
  categoryId: optionalId.describe("项目类别"),
  regionId: optionalId.describe("项目所在区县"),
  sort: z.preprocess(blank, z.enum(MATCH_SORTS).default("score")).describe("排序：score 匹配分、gap 资金缺口、need 融资需求、co2 预期年减排，均从大到小"),
});
export type MatchListQuery = z.infer<typeof matchListQuery>;

export const matchItemSchema = z.object({
  score: z.number().int(),
  project: z.object({
    id: z.number().int(), code: z.string(), name: z.string(), category: z.string(), district: z.string(), stage: z.string(),
    need: yuanString, gap: yuanString, co2ReductionT: z.number().nullable(), yuanPerTco2: yuanString.nullable(),
  }),
  product: z.object({ id: z.number().int(), name: z.string(), institution: z.object({ id: z.number().int(), name: z.string() }) }),
  reasons: z.array(z.object({ kind: z.string(), passed: z.boolean().optional(), points: z.number().nullable().optional(), weight: z.number().optional(), text: z.string() })),
});

export const matchListSchema = z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(matchItemSchema) });
