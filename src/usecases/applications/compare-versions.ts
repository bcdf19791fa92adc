import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applicationVersions } from '../../db/schema/applications.js';
import { readContent } from '../../domain/application-content.js';
import type { Bilingual } from '../../domain/bilingual.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { describeContent } from './describe-content.js';
import { listAttachments } from './get-application.js';
import { loadApplicationFor } from './load-application-for.js';
import { loadPoolContext } from './pool-context.js';
import { compareVersionsSchema } from './schemas.js';

export interface FieldChange {
  path: string;
  section: string;
  label: Bilingual;
  before: Bilingual;
  after: Bilingual;
  changed: boolean;
}

export interface VersionComparison {
  from: number;
  /** 0 = the current text, not yet submitted. */
  to: number;
  fields: FieldChange[];
  changedCount: number;
}

interface Snapshot {
  title: string;
  content: unknown;
  attachments: { fileName: string }[];
}

/**
 * What changed between two versions (or between a version and the current text, `to` = 0),
 * field by field with the form's labels. For anyone who may see the application.
 */
export async function compareVersions(db: Db, actor: Actor, input: unknown): Promise<VersionComparison> {
  const { applicationId, from, to } = parseInput(compareVersionsSchema, input);
  const { application } = await loadApplicationFor(db, actor, applicationId);
  const ctx = await loadPoolContext(db, application.poolId);
  const load = async (n: number): Promise<Snapshot> => {
    if (n === 0) {
      const files = await listAttachments(db, application.id);
      return { title: application.title, content: application.content, attachments: files };
    }
    const [v] = await db
      .select({ content: applicationVersions.content })
      .from(applicationVersions)
      .where(and(eq(applicationVersions.applicationId, application.id), eq(applicationVersions.number, n)));
    if (!v) throw notFound();
    const s = v.content as Partial<Snapshot>;
    return { title: String(s.title ?? ''), content: s.content ?? {}, attachments: Array.isArray(s.attachments) ? s.attachments : [] };
  };
  const [a, b] = await Promise.all([load(from), load(to)]);
  const describe = (s: Snapshot) => {
    const fields = describeContent(s.title, readContent(s.content), ctx);
    const files = s.attachments.map((f) => f.fileName).join(', ');
    fields.push({ path: 'attachments', section: 'bilag', label: { da: 'Bilag', en: 'Attachments' }, value: { da: files, en: files } });
    return new Map(fields.map((f) => [f.path, f]));
  };
  const before = describe(a);
  const after = describe(b);
  // The newer version's order; a field only the older one has goes right after its predecessor there.
  const paths = [...after.keys()];
  let prev: string | undefined;
  for (const k of before.keys()) {
    if (!after.has(k)) paths.splice(prev === undefined ? 0 : paths.indexOf(prev) + 1, 0, k);
    prev = k;
  }
  const empty = { da: '', en: '' };
  const fields: FieldChange[] = [];
  for (const path of paths) {
    const x = before.get(path);
    const y = after.get(path);
    const bv = x?.value ?? empty;
    const av = y?.value ?? empty;
    if (bv.da === '' && av.da === '') continue;
    const meta = y ?? x;
    if (!meta) continue;
    fields.push({ path, section: meta.section, label: meta.label, before: bv, after: av, changed: bv.da !== av.da });
  }
  return { from, to, fields, changedCount: fields.filter((f) => f.changed).length };
}
