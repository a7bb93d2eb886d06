import { z } from "zod";
import { headlineFigures } from "@/lib/services/summary";
import { yuanString } from "@/lib/validation/common";
import { endpoint } from "../endpoint";

export const getSummary = endpoint(
  {
    method: "GET", path: "/api/v1/summary", summary: "项目库总体数据：入库项目、投资、需求、已落实、缺口、亚行与绿色融资", tags: ["dashboard"],
    response: z.object({
      projectsInLibrary: z.number().int(), totalInvestment: yuanString, need: yuanString, secured: yuanString, gap: yuanString,
      fundingRateBp: z.number().int().nullable(), co2ReductionT: z.number(), institutionsEngaged: z.number().int(),
      adb: z.object({ subProjects: z.number().int(), allocation: yuanString }),
      green: z.object({ projects: z.number().int(), amount: yuanString }),
      openProblems: z.number().int(), overduePushes: z.number().int(),
      byCategory: z.array(z.object({
        categoryId: z.number().int(), code: z.string(), name: z.string(), family: z.string(), projects: z.number().int(),
        totalInvestment: yuanString, need: yuanString, secured: yuanString, gap: yuanString,
      })),
    }),
  },
  async ({ actor }) => headlineFigures(actor),
);


