/**
 * `npm run bench`: runs every benchmark in bench/ (each exports `run(): Promise<void>` printing its
 * figures). Benchmarks measure; tests never assert timings.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('support') && (!only || f.includes(only)));
for (const file of files.sort()) {
  const mod = (await import(pathToFileURL(`${dir}/${file}`).href)) as { run?: () => Promise<void> };
  if (!mod.run) continue;
  process.stdout.write(`\n## ${file}\n`);
  await mod.run();
}
