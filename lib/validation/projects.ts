import { z } from "zod";
import { pagingSchema, yuanString } from "./common";

export const projectListQuery = pagingSchema.extend({
  q: z.string().trim().max(100).optional().describe("按项目名称、编号或项目单位搜索"),
});
export type ProjectListQuery = z.infer<typeof projectListQuery>;

export const projectSummarySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  owner: z.string(),
  district: z.string(),
  category: z.string(),
  reviewStatus: z.string(),
  stage: z.string(),
  totalInvestment: yuanString,
  financingNeed: yuanString,
  securedAmount: yuanString,
  gapAmount: yuanString,
});

export const projectListSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(projectSummarySchema),
});
