import { buildTemplates } from './template.js';

export default async function setup(): Promise<void> {
  await buildTemplates();
}
