/**
 * `npm run bench`: runs every benchmark in bench/ (each exports `run(): Promise<void>` printing its
 * figures) on small data. `npm run bench -- <name>` runs the files whose name contains it.
 * `npm run bench -- --data national|municipality [--database-url URL]` runs bench/national.ts on the
 * generated scale data set instead. Benchmarks measure; tests never assert timings.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const data = flag('--data');
if (data) {
  if (data !== 'national' && data !== 'municipality') {
    process.stderr.write(`--data national | municipality, not ${data}\n`);
    process.exit(2);
  }
  const mod = (await import(pathToFileURL(`${dir}/national.ts`).href)) as { run: (data: string, url?: string) => Promise<void> };
  await mod.run(data, flag('--database-url') ?? process.env.BENCH_DATABASE_URL);
} else {
  const only = args[0];
  const files = readdirSync(dir).filter(
    (f) => f.endsWith('.ts') && f !== 'run.ts' && f !== 'national.ts' && !f.startsWith('support') && (!only || f.includes(only)),
  );
  for (const file of files.sort()) {
    const mod = (await import(pathToFileURL(`${dir}/${file}`).href)) as { run?: () => Promise<void> };
    if (!mod.run) continue;
    process.stdout.write(`\n## ${file}\n`);
    await mod.run();
  }
}
