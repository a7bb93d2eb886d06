import { z } from "zod";
import { addDisbursement } from "@/lib/services/adb/disbursements";
import { subProjectDetail } from "@/lib/services/adb/detail";
import { recordMilestone } from "@/lib/services/adb/milestones";
import { programmeOverview } from "@/lib/services/adb/overview";
import { addPackage, updatePackage } from "@/lib/services/adb/packages";
import {
  adbOverviewSchema, adbWrittenSchema, disbursementInput, milestoneInput, milestoneKindParam, packageCreateInput, packageUpdateInput, subProjectDetailSchema,
} from "@/lib/validation/adb";
import { idParam } from "@/lib/validation/common";
import { endpoint, type RouteHandler } from "../endpoint";

const tags = ["adb"];
const subProject = z.object({ id: idParam });

export const getAdbProgramme = endpoint(
  {
    method: "GET", path: "/api/v1/adb", summary: "亚行贷款项目：贷款信息、合计（分配、配套、已提款、里程碑完成率、逾期）与各子项目进度", tags,
    response: adbOverviewSchema,
  },
  async ({ actor }) => programmeOverview(actor),
);

export const getAdbSubProject = endpoint(
  {
    method: "GET", path: "/api/v1/adb/sub-projects/{id}", summary: "亚行贷款子项目：里程碑、采购包与提款记录", tags,
    params: subProject, response: subProjectDetailSchema,
  },
  async ({ actor, params }) => subProjectDetail(actor, params.id),
);

export const putAdbMilestone = endpoint(
  {
    method: "PUT", path: "/api/v1/adb/sub-projects/{id}/milestones/{kind}",
    summary: "登记里程碑的计划日期、实际日期与说明：须按顺序完成，招标结果未获亚行批复不能登记开工；须带子项目版本号 version，过期返回 409",
    tags, params: subProject.extend({ kind: milestoneKindParam }), body: milestoneInput, response: adbWrittenSchema,
  },
  async ({ actor, params, rawBody, ip }) => recordMilestone(actor, params.id, params.kind, rawBody, ip),
);

export const postAdbDisbursement = endpoint(
  {
    method: "POST", path: "/api/v1/adb/sub-projects/{id}/disbursements",
    summary: "登记提款（金额以万元填写）：累计提款不能超过亚行贷款分配额；须带子项目版本号 version", tags,
    params: subProject, body: disbursementInput, response: adbWrittenSchema,
  },
  async ({ actor, params, rawBody, ip }) => addDisbursement(actor, params.id, rawBody, ip),
);

export const postAdbPackage = endpoint(
  {
    method: "POST", path: "/api/v1/adb/sub-projects/{id}/packages",
    summary: "新增采购包（WORKS 土建 / GOODS 货物 / SERVICES 服务，金额以万元填写）；须带子项目版本号 version", tags,
    params: subProject, body: packageCreateInput, response: adbWrittenSchema,
  },
  async ({ actor, params, rawBody, ip }) => addPackage(actor, params.id, rawBody, ip),
);

export const patchAdbPackage = endpoint(
  {
    method: "PATCH", path: "/api/v1/adb/sub-projects/{id}/packages/{packageId}",
    summary: "修改采购包（只改所传字段，contractAmount 传空清除）；须带子项目版本号 version", tags,
    params: subProject.extend({ packageId: idParam }), body: packageUpdateInput, response: adbWrittenSchema,
  },
  async ({ actor, params, rawBody, ip }) => updatePackage(actor, params.id, params.packageId, rawBody, ip),
);

/** The area's endpoints, in the order the OpenAPI document lists them. */
export const ADB_ENDPOINTS: readonly RouteHandler[] = [
  getAdbProgramme, getAdbSubProject, putAdbMilestone, postAdbDisbursement, postAdbPackage, patchAdbPackage,
];
