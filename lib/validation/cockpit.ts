import { z } from "zod";
import { yuanString } from "./common";
import { projectListQuery } from "./projects";

/** The cockpit's filters: the project list's own fields, so a drill-down passes them on unchanged. */
export const cockpitQuery = projectListQuery.pick({ year: true, regionId: true, family: true, categoryId: true });
export type CockpitQuery = z.infer<typeof cockpitQuery>;

const group = z.object({
  key: z.string(), label: z.string(), projects: z.number().int(),
  totalInvestment: yuanString, need: yuanString, secured: yuanString, gap: yuanString,
});

export const cockpitSummarySchema = z.object({
  filters: z.object({ year: z.number().int().nullable(), regionId: z.number().int().nullable(), family: z.string().nullable(), categoryId: z.number().int().nullable() }),
  kpis: z.object({
    projectsInLibrary: z.number().int(), totalInvestment: yuanString, need: yuanString, secured: yuanString, gap: yuanString,
    fundingRateBp: z.number().int().nullable(), co2ReductionT: z.number(), institutionsEngaged: z.number().int(),
  }),
  byCategory: z.array(group.extend({ family: z.string() })),
  byDistrict: z.array(group),
  byStage: z.array(group),
  byInstrument: z.array(z.object({ instrument: z.string(), label: z.string(), records: z.number().int(), projects: z.number().int(), amount: yuanString })),
  monthly: z.array(z.object({ month: z.string(), records: z.number().int(), amount: yuanString })),
  funnel: z.array(z.object({ step: z.string(), label: z.string(), projects: z.number().int() })),
  green: z.object({ projects: z.number().int(), amount: yuanString }),
  adb: z.object({
    subProjects: z.number().int(), allocation: yuanString,
    milestones: z.array(z.object({ kind: z.string(), label: z.string(), completed: z.number().int(), overdue: z.number().int() })),
  }),
  topGaps: z.array(z.object({ id: z.number().int(), code: z.string(), name: z.string(), district: z.string(), category: z.string(), need: yuanString, secured: yuanString, gap: yuanString })),
  overduePushes: z.object({
    count: z.number().int(),
    items: z.array(z.object({ id: z.number().int(), projectId: z.number().int(), project: z.string(), institution: z.string(), dueAt: z.string() })),
  }),
  openProblems: z.object({
    count: z.number().int(),
    items: z.array(z.object({ id: z.number().int(), projectId: z.number().int(), project: z.string(), description: z.string(), department: z.string(), dueDate: z.string(), overdue: z.boolean() })),
  }),
});
