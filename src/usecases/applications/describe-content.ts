import type { ApplicationContent } from '../../domain/application-content.js';
import { COST_TYPE_LABELS, NEWNESS_LABELS, SECTIONS, type FieldDef, type OptionSource } from '../../domain/application-sections.js';
import type { Bilingual } from '../../domain/bilingual.js';
import { formatDate, parseIsoDate } from '../../domain/dates.js';
import { formatKroner } from '../../domain/money.js';
import type { PoolContext } from './pool-context.js';

export interface DescribedField {
  /** Dotted path, e.g. `privatePartners.0.cvr`. */
  path: string;
  section: string;
  label: Bilingual;
  value: Bilingual;
}

const same = (s: string): Bilingual => ({ da: s, en: s });
const EMPTY: Bilingual = same('');

/** Labels for a pool's choices, so keys and ids are shown by name. */
export function optionLabels(ctx: PoolContext, source: OptionSource): Map<string, Bilingual> {
  const lists = ctx.pool.lists;
  const fromChoices = (cs: { key: string; label: string }[]) => new Map(cs.map((c) => [c.key, same(c.label)]));
  switch (source) {
    case 'projectTypes':
      return fromChoices(lists.projectTypes);
    case 'categories':
      return fromChoices(lists.categories);
    case 'targetGroups':
      return fromChoices(lists.targetGroups);
    case 'effectGoals':
      return fromChoices(lists.effectGoals);
    case 'departments':
      return new Map(ctx.departments.map((d) => [d.id, same(d.name)]));
    case 'budgetLines':
      return new Map(ctx.lines.map((l) => [l.id, same(l.name)]));
    case 'costTypes':
      return new Map(Object.entries(COST_TYPE_LABELS));
    case 'newness':
      return new Map(Object.entries(NEWNESS_LABELS));
  }
}

function display(def: FieldDef, v: unknown, ctx: PoolContext): Bilingual {
  if (v === undefined || v === null || v === '') return EMPTY;
  switch (def.kind) {
    case 'money':
      return typeof v === 'number' ? { da: formatKroner(v, 'da'), en: formatKroner(v, 'en') } : EMPTY;
    case 'percent':
      return typeof v === 'number' ? { da: `${String(Math.round(v * 10000) / 100).replace('.', ',')} %`, en: `${Math.round(v * 10000) / 100} %` } : EMPTY;
    case 'number':
      return typeof v === 'number' ? { da: String(v).replace('.', ','), en: String(v) } : EMPTY;
    case 'year':
      return same(String(v));
    case 'date':
      return typeof v === 'string' && parseIsoDate(v) ? { da: formatDate(v, 'da'), en: formatDate(v, 'en') } : same(String(v));
    case 'yesno':
      return v === true ? { da: 'Ja', en: 'Yes' } : { da: 'Nej', en: 'No' };
    case 'select':
    case 'radios':
    case 'checkboxes': {
      const labels = def.options ? optionLabels(ctx, def.options) : new Map<string, Bilingual>();
      const values = Array.isArray(v) ? v.map(String) : [String(v)];
      const named = values.map((x) => labels.get(x) ?? same(x));
      return { da: named.map((n) => n.da).join(', '), en: named.map((n) => n.en).join(', ') };
    }
    default:
      return same(String(v));
  }
}

/** Every answer of an application as labelled, displayable fields, in the form's order. */
export function describeContent(title: string, c: ApplicationContent, ctx: PoolContext): DescribedField[] {
  const out: DescribedField[] = [];
  const record = c as Record<string, unknown>;
  for (const s of SECTIONS) {
    for (const item of s.items) {
      if (item.kind === 'rows') {
        const rows = (record[item.key] as Record<string, unknown>[] | undefined) ?? [];
        rows.forEach((row, i) => {
          for (const fd of item.fields) {
            out.push({
              path: `${item.key}.${i}.${fd.key}`,
              section: s.slug,
              label: { da: `${item.rowLabel.da} ${i + 1}: ${fd.label.da}`, en: `${item.rowLabel.en} ${i + 1}: ${fd.label.en}` },
              value: display(fd, row[fd.key], ctx),
            });
          }
        });
      } else if (item.kind === 'object') {
        const obj = (record[item.key] as Record<string, unknown> | undefined) ?? {};
        for (const fd of item.fields) {
          out.push({
            path: `${item.key}.${fd.key}`,
            section: s.slug,
            label: { da: `${item.label.da}: ${fd.label.da}`, en: `${item.label.en}: ${fd.label.en}` },
            value: display(fd, obj[fd.key], ctx),
          });
        }
      } else {
        const v = item.key === 'title' ? title : record[item.key];
        out.push({ path: item.key, section: s.slug, label: item.label, value: display(item, v, ctx) });
      }
    }
  }
  return out;
}
