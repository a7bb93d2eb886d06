// Demo data for the pilot city 湘潭市 (Xiangtan, Hunan): pure data, no I/O.
// "Today" for this data set is 2026-11-23: no actual date, disbursement or response lies after it.
import type { DemoData } from "./types";
import { adb } from "./demo/adb";
import { demoBenefits } from "./demo/benefits";
import { factors } from "./demo/factors";
import { financing, pushes } from "./demo/financing";
import { organizations, users } from "./demo/organizations";
import { products } from "./demo/products";
import { adaptationProjects } from "./demo/projects-adaptation";
import { mitigationProjectsA } from "./demo/projects-mitigation-a";
import { mitigationProjectsB } from "./demo/projects-mitigation-b";
import { categories, regions } from "./demo/regions";
import { reports } from "./demo/reports";

/** The date the demo data describes as "today". */
export const DEMO_TODAY = "2026-11-23";

export const demoData: DemoData = {
  regions,
  categories,
  organizations,
  users,
  projects: [...mitigationProjectsA, ...mitigationProjectsB, ...adaptationProjects],
  products,
  financing,
  pushes,
  adb,
  reports,
  factors,
  benefits: demoBenefits,
};
