// Every change to a sub-project (a milestone, a disbursement, a procurement package) moves its
// version on by one, so two people working on the same sub-project cannot overwrite each other.
import type { Tx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";

/**
 * Claims the sub-project at the version the change was made on. The version in the WHERE makes
 * the check and the claim one step, and the row stays locked until the transaction ends, so
 * the rules checked afterwards see the latest state.
 */
export async function claimVersion(tx: Tx, id: number, version: number): Promise<number> {
  const written = await tx.adbSubProject.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (written.count === 0) {
    const now = await tx.adbSubProject.findUnique({ where: { id }, select: { version: true } });
    throw new ConflictError(
      `保存失败：该子项目在您操作期间已被他人修改（您看到的是第 ${version} 版，当前为第 ${now?.version ?? "?"} 版）。请刷新页面查看最新内容后再操作。`,
      { yourVersion: version, currentVersion: now?.version ?? null, changes: [] },
    );
  }
  return version + 1;
}
