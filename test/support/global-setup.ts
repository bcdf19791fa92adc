import { rmSync } from 'node:fs';
import { buildTemplates, templateDir } from './template.js';

export default async function setup(): Promise<() => Promise<void>> {
  // Workers inherit this, so they load the templates this run built.
  process.env.VTP_TEST_RUN = `${process.pid}`;
  await buildTemplates();
  return async () => {
    rmSync(templateDir(), { recursive: true, force: true });
    const { dropTemplates } = await import('./template.js');
    await dropTemplates();
  };
}
