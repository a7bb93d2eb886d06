// The load: N connections, each sending its requests one after another for a fixed time, and
// what came back (status, whether the body was the API's JSON, latency), kept per request.
export interface Target {
  name: string;
  url: string;
  token: string;
}

export interface Sample {
  target: string;
  /** ms since the load began, when the request was sent. */
  at: number;
  ms: number;
  /** 0 when the connection itself failed. */
  status: number;
  /** The error code of a JSON error body ("UNAVAILABLE", "INTERNAL", …), if any. */
  code: string | null;
}

async function once(t: Target, started: number): Promise<Sample> {
  const at = performance.now() - started;
  try {
    const res = await fetch(t.url, { headers: { authorization: `Bearer ${t.token}` } });
    const text = await res.text();
    let code: string | null = null;
    if (!res.ok) {
      try {
        code = String(JSON.parse(text)?.error?.code ?? "NOT_JSON_ERROR");
      } catch {
        code = "NOT_JSON";
      }
    }
    return { target: t.name, at, ms: performance.now() - started - at, status: res.status, code };
  } catch (e) {
    return { target: t.name, at, ms: performance.now() - started - at, status: 0, code: (e as { cause?: { code?: string } }).cause?.code ?? "NETWORK" };
  }
}

/** Runs one connection per target for `seconds`; `during` runs alongside (the fault, if any). */
export async function drive(targets: Target[], seconds: number, during?: (started: number) => Promise<void>) {
  const started = performance.now();
  const end = started + seconds * 1000;
  const samples: Sample[] = [];
  const connection = async (t: Target) => {
    while (performance.now() < end) samples.push(await once(t, started));
  };
  await Promise.all([...targets.map(connection), during?.(started)]);
  return { samples, ms: performance.now() - started };
}

/** "200×4650 503×12": how many samples share each key. */
export function tally(samples: Sample[], key: (s: Sample) => string): string {
  const counts = new Map<string, number>();
  for (const s of samples) counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}×${n}`).join(" ");
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] : NaN);

export function summarize(samples: Sample[], ms: number) {
  const names = [...new Set(samples.map((s) => s.target))];
  return names.map((name) => {
    const mine = samples.filter((s) => s.target === name);
    const times = mine.map((s) => s.ms).sort((a, b) => a - b);
    const statuses = tally(mine, (s) => String(s.status));
    return {
      endpoint: name,
      requests: mine.length,
      "req/s": +(mine.length / (ms / 1000)).toFixed(1),
      p50_ms: +pct(times, 0.5).toFixed(0),
      p95_ms: +pct(times, 0.95).toFixed(0),
      p99_ms: +pct(times, 0.99).toFixed(0),
      errors: mine.filter((s) => s.status < 200 || s.status >= 300).length,
      statuses,
    };
  });
}
