"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface SecuredGapDatum {
  name: string;
  /** 亿元, computed on the server from exact yuan. */
  secured: number;
  gap: number;
}


export function SecuredGapChart({ data, labels }: { data: SecuredGapDatum[]; labels: { secured: string; gap: string; unit: string } }) {
  const yi = (v: number) => `${v.toLocaleString("zh-CN", { maximumFractionDigits: 2 })} ${labels.unit}`;
  return (
    <div className="h-80 w-full" data-testid="secured-gap-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 48, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} angle={-30} textAnchor="end" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={(v: number) => `${v}`} label={{ value: labels.unit, angle: -90, position: "insideLeft", fontSize: 12 }} />
          <Tooltip formatter={(v) => yi(Number(v))} />
          <Legend verticalAlign="top" />
          <Bar dataKey="secured" name={labels.secured} stackId="a" fill="#059669" isAnimationActive={false} />
          <Bar dataKey="gap" name={labels.gap} stackId="a" fill="#f59e0b" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
