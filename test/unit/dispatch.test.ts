import { describe, expect, it } from "vitest";
import { addMonths, checkDueDate, checkReport, currentPeriod, daysOverdue, defaultCumulative, isExpectedToReport, isOpenPeriod, isOverdue, periodLabel, previousPeriod, recentPeriods, type NeighbourReport } from "@/lib/domain/dispatch";
import { chinaToday, dayToDate } from "@/lib/domain/calendar";
import { wanToYuan } from "@/lib/domain/money";

const wan = (text: string) => wanToYuan(text)!;

describe("reporting periods in China time", () => {
  it("the current period is the calendar month in China, not in UTC", () => {
    // 2026-11-30 16:00 UTC is already 1 December in Beijing.
    expect(currentPeriod(new Date("2026-11-30T15:59:59Z"))).toEqual({ year: 2026, month: 11 });
    expect(currentPeriod(new Date("2026-11-30T16:00:00Z"))).toEqual({ year: 2026, month: 12 });
    // New Year arrives at 16:00 UTC on 31 December.
    expect(currentPeriod(new Date("2026-12-31T16:00:00Z"))).toEqual({ year: 2027, month: 1 });
    expect(chinaToday(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
  });

  it("steps across the year boundary and labels months as the bureau writes them", () => {
    expect(previousPeriod({ year: 2027, month: 1 })).toEqual({ year: 2026, month: 12 });
    expect(addMonths({ year: 2026, month: 11 }, 2)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 3 }, -15)).toEqual({ year: 2024, month: 12 });
    expect(periodLabel({ year: 2026, month: 11 })).toBe("2026年11月");
  });

  it("never offers a future month", () => {
    const now = new Date("2026-11-23T06:00:00Z");
    expect(isOpenPeriod({ year: 2026, month: 11 }, now)).toBe(true);
    expect(isOpenPeriod({ year: 2026, month: 12 }, now)).toBe(false);
    expect(isOpenPeriod({ year: 2019, month: 12 }, now)).toBe(false);
    expect(recentPeriods(now, 3).map(periodLabel)).toEqual(["2026年11月", "2026年10月", "2026年9月"]);
  });
});

describe("which projects owe a report", () => {
  const nov = { year: 2026, month: 11 };
  const inLibrary = (stage: string, filed: { year: number; month: number }[] = []) => ({ reviewStatus: "IN_LIBRARY", stage, filed });

  it("every library project under construction, whether or not it ever reported", () => {
    expect(isExpectedToReport(inLibrary("CONSTRUCTION"), nov)).toBe(true);
    expect(isExpectedToReport({ reviewStatus: "SUBMITTED", stage: "CONSTRUCTION", filed: [] }, nov)).toBe(false);
    expect(isExpectedToReport({ reviewStatus: "ARCHIVED", stage: "CONSTRUCTION", filed: [{ year: 2026, month: 10 }] }, nov)).toBe(false);
  });

  it("a project in preparation that began reporting within three months keeps reporting; one in operation stops", () => {
    expect(isExpectedToReport(inLibrary("PREPARATION", [{ year: 2026, month: 8 }]), nov)).toBe(true);
    expect(isExpectedToReport(inLibrary("PREPARATION", [{ year: 2026, month: 7 }]), nov)).toBe(false);
    expect(isExpectedToReport(inLibrary("PREPARATION"), nov)).toBe(false);
    expect(isExpectedToReport(inLibrary("OPERATING", [{ year: 2026, month: 10 }]), nov)).toBe(false);
    // The look-back crosses the year: December and November count for January.
    expect(isExpectedToReport(inLibrary("PREPARATION", [{ year: 2026, month: 11 }]), { year: 2027, month: 1 })).toBe(true);
  });

  it("a project that filed for the month counts for it whatever its state now", () => {
    expect(isExpectedToReport(inLibrary("OPERATING", [nov]), nov)).toBe(true);
  });
});

describe("checks on a report", () => {
  const nov = { year: 2026, month: 11 };
  const oct: NeighbourReport = { year: 2026, month: 10, investmentMonth: wan("700"), investmentCumulative: wan("15600"), physicalProgress: 92 };
  const figures = (month: string, cumulative: string, progress: number) => ({ investmentMonth: wan(month), investmentCumulative: wan(cumulative), physicalProgress: progress });
  const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

  it("after last month's report, the cumulative is exactly last month's plus this month, to the yuan", () => {
    expect(checkReport(nov, figures("650.5", "16250.5", 95), oct, null)).toEqual([]);
    const off = checkReport(nov, figures("650.5", "16250.4999", 95), oct, null);
    expect(paths(off)).toEqual(["investmentCumulative"]);
    expect(off[0].message).toContain("16,250.5000 万元");
    expect(defaultCumulative(nov, wan("650.5"), oct)).toBe(162_505_000n);
  });

  it("after a missed month the cumulative may have grown more, never less, and cannot be defaulted", () => {
    const sep = { ...oct, month: 9 };
    expect(checkReport(nov, figures("650", "17000", 95), sep, null)).toEqual([]);
    expect(paths(checkReport(nov, figures("650", "16000", 95), sep, null))).toEqual(["investmentCumulative"]);
    expect(paths(checkReport(nov, figures("650", "15000", 95), sep, null))).toEqual(["investmentCumulative"]);
    expect(defaultCumulative(nov, wan("650"), sep)).toBeNull();
  });

  it("the first report needs a cumulative of at least this month", () => {
    expect(checkReport(nov, figures("800", "3900", 20), null, null)).toEqual([]);
    expect(paths(checkReport(nov, figures("800", "700", 20), null, null))).toEqual(["investmentCumulative"]);
    expect(defaultCumulative(nov, wan("800"), null)).toBeNull();
  });

  it("progress is a whole percentage from 0 to 100 and never goes backwards", () => {
    expect(paths(checkReport(nov, figures("650", "16250", 101), oct, null))).toEqual(["physicalProgress"]);
    expect(paths(checkReport(nov, figures("650", "16250", 91), oct, null))).toEqual(["physicalProgress"]);
    expect(checkReport(nov, figures("650", "16250", 92), oct, null)).toEqual([]);
  });

  it("a missed month filed late must fit the report already filed after it", () => {
    const dec: NeighbourReport = { year: 2026, month: 12, investmentMonth: wan("500"), investmentCumulative: wan("17000"), physicalProgress: 97 };
    expect(checkReport(nov, figures("900", "16500", 95), oct, dec)).toEqual([]);
    expect(paths(checkReport(nov, figures("650", "16250", 95), oct, dec))).toEqual(["investmentCumulative"]);
    expect(paths(checkReport(nov, figures("900", "16500", 98), oct, dec))).toEqual(["physicalProgress"]);
  });
});

describe("overdue problems", () => {
  // 23 November in China from 16:00 UTC on the 22nd.
  const now = new Date("2026-11-22T16:30:00Z");

  it("an open problem is overdue once its due date is before today's date in China", () => {
    expect(isOverdue({ status: "OPEN", dueDate: dayToDate("2026-11-22") }, now)).toBe(true);
    expect(isOverdue({ status: "OPEN", dueDate: dayToDate("2026-11-23") }, now)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: dayToDate("2026-11-22") }, new Date("2026-11-22T15:59:00Z"))).toBe(false);
    expect(isOverdue({ status: "CLOSED", dueDate: dayToDate("2026-10-01") }, now)).toBe(false);
    expect(daysOverdue({ status: "OPEN", dueDate: dayToDate("2026-10-31") }, now)).toBe(23);
  });

  it("a new problem's due date may be today but not earlier", () => {
    expect(checkDueDate("2026-11-23", now)).toBeNull();
    expect(checkDueDate("2026-11-22", now)).toBe("整改期限不能早于今天");
  });
});
