import { RULE_KINDS, type RuleKind } from '../../../../domain/eligibility.js';
import type { Message } from '../../../../errors.js';
import type { PoolSetupInput } from '../../../../usecases/pools/pool-schema.js';
import { dateToCopenhagenParts, normaliseTimeInput } from '../../../../domain/dates.js';
import { blank, decimal, int, kroner, kronerText, percentText, rec, slugify, strings, type Row } from '../form-values.js';
import { rowsOf, textOf } from '../../../form-kit/index.js';

/**
 * The pool's setup split into sections, each edited by its own form. A section turns the saved
 * setup into form values (`fromSetup`) and a posted form into its part of the use case's input
 * (`toInput`), dropping blank rows; `values` is the posted form without blank rows, so error paths
 * (indexes) match the rows shown again.
 */
export const sectionKeys = ['grundoplysninger', 'budget', 'lister', 'regler', 'bedoemmelse', 'beslutning', 'moeder'] as const;
export type SectionKey = (typeof sectionKeys)[number];
export const isSectionKey = (v: string): v is SectionKey => (sectionKeys as readonly string[]).includes(v);

export const sectionTitles: Record<SectionKey, Message> = {
  grundoplysninger: { da: 'Grundoplysninger', en: 'Basics' },
  budget: { da: 'Budgetlinjer og øremærkninger', en: 'Budget lines and earmarks' },
  lister: { da: 'Projekttyper, kategorier, effektmål, målgrupper og faser', en: 'Project types, categories, effect goals, target groups and phases' },
  regler: { da: 'Adgangskriterier', en: 'Eligibility rules' },
  bedoemmelse: { da: 'Bedømmelseskriterier', en: 'Scoring rubric' },
  beslutning: { da: 'Beslutningsorganer', en: 'Decision bodies' },
  moeder: { da: 'Mødekalender', en: 'Meeting calendar' },
};

/** Which section shows a field, by its form field name (`budgetLines[0][name]`) or schema path (for linking errors from another section). */
export function sectionOfField(name: string): SectionKey {
  const head = name.split(/[.[]/)[0] ?? '';
  if (head === 'budgetLines') return 'budget';
  if (head === 'lists') return 'lister';
  if (head === 'eligibilityRules') return 'regler';
  if (head === 'rubric') return 'bedoemmelse';
  if (head === 'decisionBodies') return 'beslutning';
  if (head === 'meetings') return 'moeder';
  return 'grundoplysninger';
}

export interface SectionResult {
  input: Record<string, unknown>;
  values: Row;
}

// ---------------------------------------------------------------------------- blank-row tests

export const isBlankLine = (r: Row) =>
  blank(r, ['key', 'name', 'directDeciderLabel']) && rowsOf(r.amounts).every((a) => textOf(a.kroner).trim() === '') && rowsOf(r.earmarks).every(isBlankEarmark);
export const isBlankEarmark = (r: Row) => blank(r, ['key', 'name', 'sharePercent', 'directDeciderLabel']);
export const isBlankChoice = (r: Row) => blank(r, ['key', 'label']);
export const isBlankRule = (r: Row) => textOf(r.kind).trim() === '';
export const isBlankCriterion = (r: Row) => blank(r, ['key', 'label.da', 'label.en', 'knockOutBelow']);
export const isBlankBody = (r: Row) => blank(r, ['key', 'name', 'description']);
export const isBlankMeeting = (r: Row) => blank(r, ['date', 'time', 'location', 'submissionDeadline']);

// ---------------------------------------------------------------------------- basics

export function generalFromSetup(s: PoolSetupInput): Row {
  return {
    name: s.name ?? '',
    description: s.description ?? '',
    periodStartYear: String(s.periodStartYear ?? ''),
    periodEndYear: String(s.periodEndYear ?? ''),
    status: s.status ?? 'draft',
    intake: s.intake ?? 'continuous',
    allowsCarryOver: s.allowsCarryOver ? 'true' : '',
    followUpMonths: (s.followUpMonths ?? []).join(', '),
  };
}

export function generalToInput(v: Row, current?: PoolSetupInput): SectionResult {
  const start = int(v.periodStartYear);
  const end = int(v.periodEndYear);
  const input: Record<string, unknown> = {
    name: textOf(v.name).trim(),
    description: textOf(v.description).trim(),
    periodStartYear: start,
    periodEndYear: end,
    status: textOf(v.status).trim() || 'draft',
    intake: textOf(v.intake).trim() || 'continuous',
    allowsCarryOver: textOf(v.allowsCarryOver).trim() === 'true',
    followUpMonths: textOf(v.followUpMonths)
      .trim()
      .split(/[,;\s]+/)
      .filter((s) => s !== '')
      .map(int),
  };
  // A changed period drops the lines' 0 kr. years that fall outside it; amounts outside it stay and are reported.
  if (current?.budgetLines && typeof start === 'number' && typeof end === 'number') {
    input.budgetLines = current.budgetLines.map((l) => ({
      ...l,
      amounts: (l.amounts ?? []).filter((a) => (a.year >= start && a.year <= end) || a.amountOere !== 0),
    }));
  }
  return { input, values: v };
}

// ---------------------------------------------------------------------------- budget lines

type Route = { decisionMode?: 'meeting' | 'direct' | undefined; decisionBodyKey?: string | undefined; directDeciderLabel?: string | undefined };
const routeValues = (r: Route) => ({
  decisionMode: r.decisionMode ?? 'meeting',
  decisionBodyKey: r.decisionBodyKey ?? '',
  directDeciderLabel: r.directDeciderLabel ?? '',
});
const routeInput = (r: Row) => ({
  decisionMode: textOf(r.decisionMode).trim() || 'meeting',
  decisionBodyKey: textOf(r.decisionMode).trim() === 'direct' ? undefined : textOf(r.decisionBodyKey).trim() || undefined,
  directDeciderLabel: textOf(r.decisionMode).trim() === 'direct' ? textOf(r.directDeciderLabel).trim() || undefined : undefined,
});

export function budgetFromSetup(s: PoolSetupInput, years: number[]): Row {
  return {
    budgetLines: (s.budgetLines ?? []).map((l) => {
      const own = l.amounts ?? [];
      const allYears = [...new Set([...years, ...own.map((a) => a.year)])].sort((a, b) => a - b);
      return {
        key: l.key,
        name: l.name,
        purpose: l.purpose ?? 'grants',
        openForApplications: l.openForApplications === false ? '' : 'true',
        ...routeValues(l),
        amounts: allYears.map((year) => ({ year: String(year), kroner: kronerText(own.find((a) => a.year === year)?.amountOere ?? 0) })),
        earmarks: (l.earmarks ?? []).map((e) => ({
          key: e.key,
          name: e.name,
          sharePercent: e.shareBp !== undefined ? percentText(e.shareBp) : String(e.sharePercent ?? ''),
          openForApplications: e.openForApplications === false ? '' : 'true',
          ...routeValues(e),
        })),
      };
    }),
  };
}

export function budgetToInput(v: Row): SectionResult {
  const lines = rowsOf(v.budgetLines)
    .filter((l) => !isBlankLine(l))
    .map((l): Row & { key: string; earmarks: (Row & { key: string })[] } => ({
      ...l,
      key: textOf(l.key).trim() || slugify(textOf(l.name).trim()),
      earmarks: rowsOf(l.earmarks)
        .filter((e) => !isBlankEarmark(e))
        .map((e): Row & { key: string } => ({ ...e, key: textOf(e.key).trim() || slugify(textOf(e.name).trim()) })),
    }));
  return {
    values: { budgetLines: lines },
    input: {
      budgetLines: lines.map((l) => ({
        key: l.key,
        name: textOf(l.name).trim(),
        purpose: textOf(l.purpose).trim() || 'grants',
        openForApplications: textOf(l.openForApplications).trim() === 'true',
        ...routeInput(l),
        amounts: rowsOf(l.amounts).map((a) => ({ year: int(a.year), amountOere: kroner(a.kroner) })),
        earmarks: l.earmarks.map((e) => ({
          key: e.key,
          name: textOf(e.name).trim(),
          sharePercent: decimal(e.sharePercent),
          openForApplications: textOf(e.openForApplications).trim() === 'true',
          ...routeInput(e),
        })),
      })),
    },
  };
}

// ---------------------------------------------------------------------------- lists

export const listKeys = ['projectTypes', 'categories', 'effectGoals', 'targetGroups', 'phases'] as const;
export type ListKey = (typeof listKeys)[number];

export function listsFromSetup(s: PoolSetupInput): Row {
  const lists = rec(s.lists);
  return { lists: Object.fromEntries(listKeys.map((k) => [k, rowsOf(lists[k]).map((c) => ({ key: textOf(c.key).trim(), label: textOf(c.label).trim() }))])) };
}

export function listsToInput(v: Row): SectionResult {
  const lists = rec(v.lists);
  const cleaned = Object.fromEntries(
    listKeys.map((k) => [
      k,
      rowsOf(lists[k])
        .filter((c) => !isBlankChoice(c))
        .map((c) => ({ key: textOf(c.key).trim() || slugify(textOf(c.label).trim()), label: textOf(c.label).trim() })),
    ]),
  );
  return { values: { lists: cleaned }, input: { lists: cleaned } };
}

// ---------------------------------------------------------------------------- eligibility rules

/** Rule kinds whose one number parameter is `min`, and the one whose parameter is `minOthers`. */
const MIN_KINDS: RuleKind[] = ['minBottomLines', 'requirePrivatePartner', 'requireEffectGoal', 'requireResultGoals'];

export function ruleNumberParam(kind: string): 'min' | 'minOthers' | null {
  if ((MIN_KINDS as string[]).includes(kind)) return 'min';
  if (kind === 'economicBottomLinePlus') return 'minOthers';
  return null;
}

export function rulesFromSetup(s: PoolSetupInput): Row {
  return {
    eligibilityRules: (s.eligibilityRules ?? []).map((r) => {
      const param = ruleNumberParam(r.kind);
      const params = rec(r.params);
      return {
        id: r.id,
        kind: r.kind,
        severity: r.severity,
        number: param && params[param] !== undefined ? String(params[param]) : '',
        exemptBudgetLines: r.exemptBudgetLines ?? [],
        appliesToBudgetLines: r.appliesToBudgetLines ?? [],
      };
    }),
  };
}

export function rulesToInput(v: Row): SectionResult {
  const rows = rowsOf(v.eligibilityRules).filter((r) => !isBlankRule(r));
  const used = new Set(rows.map((r) => textOf(r.id).trim()).filter((id) => id !== ''));
  const withIds = rows.map((r) => {
    if (textOf(r.id).trim() !== '') return r;
    const base = (RULE_KINDS as string[]).includes(textOf(r.kind).trim())
      ? slugify(
          textOf(r.kind)
            .trim()
            .replace(/([A-Z])/g, '-$1'),
        )
      : 'regel';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { ...r, id };
  });
  return {
    values: { eligibilityRules: withIds },
    input: {
      eligibilityRules: withIds.map((r) => {
        const kind = textOf(r.kind).trim();
        const param = ruleNumberParam(kind);
        const n = int(r.number);
        const exempt = strings(r.exemptBudgetLines);
        const only = strings(r.appliesToBudgetLines);
        return {
          id: textOf(r.id).trim(),
          kind,
          severity: textOf(r.severity).trim() || 'hard',
          params: param && n !== undefined ? { [param]: n } : {},
          ...(exempt.length ? { exemptBudgetLines: exempt } : {}),
          ...(only.length ? { appliesToBudgetLines: only } : {}),
        };
      }),
    },
  };
}

// ---------------------------------------------------------------------------- rubric

export function rubricFromSetup(s: PoolSetupInput): Row {
  return {
    rubric: {
      criteria: (s.rubric?.criteria ?? []).map((c) => ({
        key: c.key,
        label: { da: c.label.da, en: c.label.en },
        weight: String(c.weight).replace('.', ','),
        scaleMin: String(c.scaleMin),
        scaleMax: String(c.scaleMax),
        knockOutBelow: c.knockOutBelow === undefined ? '' : String(c.knockOutBelow).replace('.', ','),
      })),
    },
  };
}

export function rubricToInput(v: Row): SectionResult {
  const rows = rowsOf(rec(v.rubric).criteria)
    .filter((c) => !isBlankCriterion(c))
    .map((c): Row & { key: string; label: { da: string; en: string } } => {
      const label = rec(c.label);
      return {
        ...c,
        key: textOf(c.key).trim() || slugify(textOf(label.da).trim()),
        label: { da: textOf(label.da).trim(), en: textOf(label.en).trim() || textOf(label.da).trim() },
      };
    });
  return {
    values: { rubric: { criteria: rows } },
    input: {
      rubric: {
        criteria: rows.map((c) => ({
          key: c.key,
          label: c.label,
          weight: decimal(c.weight),
          scaleMin: int(c.scaleMin),
          scaleMax: int(c.scaleMax),
          knockOutBelow: decimal(c.knockOutBelow),
        })),
      },
    },
  };
}

// ---------------------------------------------------------------------------- decision bodies

export function bodiesFromSetup(s: PoolSetupInput): Row {
  return { decisionBodies: (s.decisionBodies ?? []).map((b) => ({ key: b.key, name: b.name, description: b.description ?? '' })) };
}

export function bodiesToInput(v: Row): SectionResult {
  const rows = rowsOf(v.decisionBodies)
    .filter((b) => !isBlankBody(b))
    .map((b) => ({ key: textOf(b.key).trim() || slugify(textOf(b.name).trim()), name: textOf(b.name).trim(), description: textOf(b.description).trim() }));
  return { values: { decisionBodies: rows }, input: { decisionBodies: rows } };
}

// ---------------------------------------------------------------------------- meetings

export function meetingsFromSetup(s: PoolSetupInput): Row {
  return {
    meetings: (s.meetings ?? []).map((m) => {
      const d = new Date(m.startsAt);
      const parts = Number.isNaN(d.getTime()) ? { date: '', time: '' } : dateToCopenhagenParts(d);
      return {
        id: m.id ?? '',
        decisionBodyKey: m.decisionBodyKey,
        date: parts.date,
        time: parts.time.replace(':', '.'),
        location: m.location ?? '',
        submissionDeadline: m.submissionDeadline ?? '',
      };
    }),
  };
}

export function meetingsToInput(v: Row): SectionResult {
  const rows = rowsOf(v.meetings).filter((m) => !isBlankMeeting(m));
  return {
    values: { meetings: rows },
    input: {
      meetings: rows.map((m) => ({
        ...(textOf(m.id).trim() ? { id: textOf(m.id).trim() } : {}),
        decisionBodyKey: textOf(m.decisionBodyKey).trim(),
        startsAt: textOf(m.date).trim() === '' && textOf(m.time).trim() === '' ? '' : `${textOf(m.date).trim()}T${normaliseTimeInput(textOf(m.time).trim())}`,
        location: textOf(m.location).trim(),
        submissionDeadline: textOf(m.submissionDeadline).trim() || undefined,
      })),
    },
  };
}

// ---------------------------------------------------------------------------- dispatch

export function sectionFromSetup(section: SectionKey, s: PoolSetupInput, years: number[]): Row {
  switch (section) {
    case 'grundoplysninger':
      return generalFromSetup(s);
    case 'budget':
      return budgetFromSetup(s, years);
    case 'lister':
      return listsFromSetup(s);
    case 'regler':
      return rulesFromSetup(s);
    case 'bedoemmelse':
      return rubricFromSetup(s);
    case 'beslutning':
      return bodiesFromSetup(s);
    case 'moeder':
      return meetingsFromSetup(s);
  }
}

export function sectionToInput(section: SectionKey, v: Row, current: PoolSetupInput): SectionResult {
  switch (section) {
    case 'grundoplysninger':
      return generalToInput(v, current);
    case 'budget':
      return budgetToInput(v);
    case 'lister':
      return listsToInput(v);
    case 'regler':
      return rulesToInput(v);
    case 'bedoemmelse':
      return rubricToInput(v);
    case 'beslutning':
      return bodiesToInput(v);
    case 'moeder':
      return meetingsToInput(v);
  }
}

/** Lists a form may add a row to ("Tilføj række"), as dotted paths into the values. */
export const ADD_TARGET =
  /^(budgetLines|budgetLines\.\d{1,2}\.earmarks|lists\.(projectTypes|categories|effectGoals|targetGroups|phases)|eligibilityRules|rubric\.criteria|decisionBodies|meetings)$/;

/** "Tilføj række": append one empty row to the list at `target` (a dotted path into the values). */
export function addRow(values: Row, target: string): Row {
  const copy: Row = structuredClone(values);
  if (!ADD_TARGET.test(target)) return copy;
  const path = target.split('.');
  let cur: unknown = copy;
  for (const p of path.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(p)];
    else if (typeof cur === 'object' && cur !== null) {
      const o = cur as Row;
      o[p] ??= {};
      cur = o[p];
    }
    if (typeof cur !== 'object' || cur === null) return copy;
  }
  if (Array.isArray(cur) || typeof cur !== 'object' || cur === null) return copy;
  const o = cur as Row;
  const last = path[path.length - 1] ?? '';
  o[last] = [...rowsOf(o[last]), {}];
  return copy;
}
