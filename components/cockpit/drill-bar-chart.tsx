"use client";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface DrillSeries {
  key: string;
  name: string;
  color: string;
  stack?: string;
}

/**
 * One row of a chart: its label, the page its bars open, and per series a number in the chart's
 * unit (geometry only) and the exact figure as text (what the tooltip shows).
 */
export interface DrillRow {
  label: string;
  href: string;
  values: Record<string, number>;
  texts: Record<string, string>;
}

/** A bar chart whose every bar opens the records behind it. */
export function DrillBarChart({ rows, series, unit, horizontal = false, height = 300, labelWidth = 150, testId }: {
  rows: DrillRow[]; series: DrillSeries[]; unit: string; horizontal?: boolean; height?: number; labelWidth?: number; testId: string;
}) {
  const router = useRouter();
  const data = rows.map((r) => ({ label: r.label, ...r.values }));
  const go = (index: number) => { if (rows[index]) router.push(rows[index].href); };
  const tick = (v: number) => v.toLocaleString("zh-CN", { maximumFractionDigits: 2 });
  // A long series (months) shows some labels only; a short one shows every label.
  const category = { dataKey: "label", type: "category" as const, interval: rows.length > 16 ? ("preserveStartEnd" as const) : 0, tick: { fontSize: 12 } };
  const value = { type: "number" as const, tickFormatter: tick, tick: { fontSize: 12 } };
  return (
    <div className="cockpit-chart w-full" style={{ height }} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} margin={{ top: 8, right: 24, bottom: horizontal ? 16 : 40, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
          {horizontal ? (
            <>
              <XAxis {...value} label={{ value: unit, position: "insideBottomRight", offset: -8, fontSize: 12 }} />
              <YAxis {...category} width={labelWidth} />
            </>
          ) : (
            <>
              <XAxis {...category} angle={-25} textAnchor="end" />
              <YAxis {...value} label={{ value: unit, angle: -90, position: "insideLeft", fontSize: 12 }} />
            </>
          )}
          <Tooltip
            formatter={(v, name, item) => {
              const s = series.find((x) => x.name === name);
              const row = rows[data.indexOf(item.payload as (typeof data)[number])];
              return [s && row ? row.texts[s.key] : `${tick(Number(v))} ${unit}`, name];
            }}
          />
          {series.length > 1 && <Legend verticalAlign="top" />}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} stackId={s.stack} fill={s.color} isAnimationActive={false} cursor="pointer"
              onClick={(_, index) => go(index)} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
