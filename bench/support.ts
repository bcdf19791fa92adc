/** Small timing helpers for the benchmarks. */
export interface Stats {
  n: number;
  totalMs: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
}

export async function measure(n: number, fn: (i: number) => Promise<unknown>): Promise<Stats> {
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  const totalMs = performance.now() - start;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { n, totalMs, perSecond: (n / totalMs) * 1000, p50: at(0.5), p95: at(0.95), max: at(1) };
}

export function report(label: string, s: Stats): void {
  const f = (v: number) => v.toFixed(1);
  process.stdout.write(`${label.padEnd(48)} n=${s.n}  ${f(s.perSecond)}/s  p50=${f(s.p50)} ms  p95=${f(s.p95)} ms  max=${f(s.max)} ms\n`);
}
