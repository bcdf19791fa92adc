import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { catalogueEntries, technologyCategories } from '../../db/schema/catalogue.js';
import { networkMembers, organisations } from '../../db/schema/organisations.js';
import type { EntryEffect, EntryPartner, EntrySource, EntryVisibility, Maturity } from '../../domain/catalogue.js';
import type { Recommendation } from '../../domain/evaluation.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';
import { loadCatalogueViewer, mayViewEntry, maySeePartners, type CatalogueViewer } from '../../policies/catalogue.js';
import type { Actor } from '../shared/actor.js';

export interface CatalogueEntryView {
  id: string;
  organisationId: string;
  organisationName: string;
  unitName: string;
  applicationId: string | null;
  source: EntrySource;
  visibility: EntryVisibility;
  title: string;
  summary: string;
  problem: string;
  technologyDescription: string;
  categoryId: string | null;
  categoryLabel: string | null;
  projectType: string;
  targetGroups: string[];
  periodStart: string | null;
  periodEnd: string | null;
  phase: string;
  maturity: Maturity | null;
  effects: EntryEffect[];
  lessons: string;
  evaluationOutcome: Recommendation | null;
  evaluationSummary: string;
  spentOere: number | null;
  budgetOere: number | null;
  adoptionPrerequisites: string;
  adoptionCosts: string;
  adoptionTraining: string;
  contactName: string;
  contactEmail: string;
  /** Only where the viewer may see partners (inside the organisation and its networks); else empty. */
  partnerCompanies: EntryPartner[];
  publishedAt: string;
}

/**
 * One entry as the viewer may see it: NOT_FOUND when it does not exist or is not visible to them
 * (an anonymous visitor sees public entries only), and partner companies only where `maySeePartners`.
 */
export async function getCatalogueEntry(db: Db, actor: Actor | null, input: { entryId?: string }, viewerIn?: CatalogueViewer): Promise<CatalogueEntryView> {
  const entryId = input.entryId ?? '';
  if (!isUuid(entryId)) throw notFound();
  const [row] = await db
    .select({ e: catalogueEntries, organisationName: organisations.name, categoryLabel: technologyCategories.labelDa })
    .from(catalogueEntries)
    .innerJoin(organisations, eq(organisations.id, catalogueEntries.organisationId))
    .leftJoin(technologyCategories, eq(technologyCategories.id, catalogueEntries.technologyCategoryId))
    .where(eq(catalogueEntries.id, entryId));
  if (!row) throw notFound();
  const viewer = viewerIn ?? (await loadCatalogueViewer(db, actor));
  const nets = await db.select({ networkId: networkMembers.networkId }).from(networkMembers).where(eq(networkMembers.organisationId, row.e.organisationId));
  const facts = { organisationId: row.e.organisationId, visibility: row.e.visibility, ownerNetworkIds: nets.map((n) => n.networkId) };
  if (!mayViewEntry(viewer, facts)) throw notFound();
  const e = row.e;
  return {
    id: e.id,
    organisationId: e.organisationId,
    organisationName: row.organisationName,
    unitName: e.unitName,
    applicationId: e.applicationId,
    source: e.source,
    visibility: e.visibility,
    title: e.title,
    summary: e.summary,
    problem: e.problem,
    technologyDescription: e.technologyDescription,
    categoryId: e.technologyCategoryId,
    categoryLabel: row.categoryLabel,
    projectType: e.projectType,
    targetGroups: e.targetGroups,
    periodStart: e.periodStart,
    periodEnd: e.periodEnd,
    phase: e.phase,
    maturity: e.maturity,
    effects: e.effects,
    lessons: e.lessons,
    evaluationOutcome: e.evaluationOutcome,
    evaluationSummary: e.evaluationSummary,
    spentOere: e.spentOere,
    budgetOere: e.budgetOere,
    adoptionPrerequisites: e.adoptionPrerequisites,
    adoptionCosts: e.adoptionCosts,
    adoptionTraining: e.adoptionTraining,
    contactName: e.contactName,
    contactEmail: e.contactEmail,
    partnerCompanies: maySeePartners(viewer, facts) ? e.partnerCompanies : [],
    publishedAt: e.publishedAt.toISOString(),
  };
}
