import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { ACTOR_KINDS, EXPERIENCE_KINDS } from '../../../domain/network-platform.js';
import { RECOMMENDATIONS } from '../../../domain/evaluation.js';
import { adoptCatalogueEntry, adoptCatalogueEntrySchema } from '../../../usecases/catalogue/adopt-entry.js';
import { listSimilarEntries, listSimilarEntriesSchema } from '../../../usecases/catalogue/list-similar-entries.js';
import { getMyNetworks, getMyNetworksSchema } from '../../../usecases/home/get-my-networks.js';
import { getNetworkOverview } from '../../../usecases/network/get-network-overview.js';
import { getNetworkActor, listActors } from '../../../usecases/network/list-actors.js';
import { listExperiences } from '../../../usecases/network/list-experiences.js';
import { postExperience, postExperienceSchema } from '../../../usecases/network/post-experience.js';
import type { AppEnv } from '../../env.js';
import { defineOperation } from '../registry.js';

const TAG = 'Catalogue sharing and networks';
const post = z.object({
  id: z.string(),
  kind: z.enum(EXPERIENCE_KINDS),
  body: z.string(),
  replyToId: z.string().nullable(),
  authorName: z.string(),
  organisationName: z.string(),
  createdAt: z.iso.datetime(),
});
const actorBody = z.object({
  id: z.string(),
  kind: z.enum(ACTOR_KINDS),
  name: z.string(),
  cvr: z.string().nullable(),
  description: z.string(),
  projects: z.array(z.object({ title: z.string(), organisationName: z.string(), role: z.string(), catalogueEntryId: z.string().nullable() })),
});
const oere = z.number().int().nullable();

/** Adopting entries, the evidence of similar entries, experience posts and the network platform (members only). */
export function networkApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const db = (c: Context<AppEnv>) => c.get('deps').db;

  defineOperation(
    api,
    {
      operationId: 'adoptCatalogueEntry',
      method: 'post',
      path: '/catalogue/entries/:catalogueEntryId/adoptions',
      summary: '"Brug dette projekt": start an idea in one of your own open pools, prefilled from the entry and linked to it',
      tag: TAG,
      body: adoptCatalogueEntrySchema.omit({ catalogueEntryId: true }),
      response: z.object({ ideaId: z.string(), adoptionId: z.string() }),
      successStatus: 201,
      errors: ['VALIDATION_FAILED'],
      example: (id) => ({ poolId: id('poolId') }),
    },
    async (actor, { c, params, body }) => adoptCatalogueEntry(db(c), actor, { ...(body as object), catalogueEntryId: params.catalogueEntryId }),
  );

  defineOperation(
    api,
    {
      operationId: 'listSimilarEntries',
      method: 'get',
      path: '/catalogue/similar-entries',
      summary: 'The catalogue entries most like a case (application or idea) that you may see: same category, then Danish text similarity',
      tag: TAG,
      query: listSimilarEntriesSchema,
      response: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          summary: z.string(),
          organisationName: z.string(),
          sameCategory: z.boolean(),
          rank: z.number(),
          effects: z.array(
            z.object({
              goal: z.string(),
              unit: z.string(),
              baseline: z.number().nullable(),
              target: z.number().nullable(),
              measured: z.number().nullable(),
              measuredOn: z.string().nullable(),
              comment: z.string(),
            }),
          ),
          spentOere: oere,
          budgetOere: oere,
          businessCaseNetOere: oere,
          evaluationOutcome: z.enum(RECOMMENDATIONS).nullable(),
          adoptions: z.number().int(),
        }),
      ),
      errors: ['VALIDATION_FAILED'],
      example: (id) => ({ applicationId: id('applicationId') }),
    },
    async (actor, { c, query }) => listSimilarEntries(db(c), actor, query),
  );

  defineOperation(
    api,
    {
      operationId: 'listExperiences',
      method: 'get',
      path: '/catalogue/entries/:catalogueEntryId/experiences',
      summary: 'The experience posts (questions, answers, lessons) on an entry, as threads, and whether you may post',
      tag: TAG,
      response: z.object({
        entry: z.object({ id: z.string(), title: z.string(), summary: z.string(), organisationId: z.string() }),
        threads: z.array(post.extend({ replies: z.array(post) })),
        mayPost: z.boolean(),
      }),
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => {
      const v = await listExperiences(db(c), actor, { catalogueEntryId: params.catalogueEntryId });
      const iso = <T extends { createdAt: Date }>(p: T) => ({ ...p, createdAt: p.createdAt.toISOString() });
      return { ...v, threads: v.threads.map((t) => ({ ...iso(t), replies: t.replies.map(iso) })) };
    },
  );

  defineOperation(
    api,
    {
      operationId: 'postExperience',
      method: 'post',
      path: '/catalogue/entries/:catalogueEntryId/experiences',
      summary: "Post a question, answer or lesson on an entry shared with your network; the entry's publisher is notified",
      tag: TAG,
      body: postExperienceSchema.omit({ catalogueEntryId: true }),
      response: z.object({ id: z.string() }),
      successStatus: 201,
      errors: ['VALIDATION_FAILED'],
      example: () => ({ kind: 'question', body: 'Hvor lang tid tog oplæringen?' }),
    },
    async (actor, { c, params, body }) => postExperience(db(c), actor, { ...(body as object), catalogueEntryId: params.catalogueEntryId }),
  );

  defineOperation(
    api,
    {
      operationId: 'getNetworkOverview',
      method: 'get',
      path: '/networks/:networkId',
      summary: "A network's overview: what every member municipality shares, by phase and category, and the joint projects",
      tag: TAG,
      response: z.object({
        network: z.object({ id: z.string(), name: z.string(), description: z.string() }),
        isCoordinator: z.boolean(),
        members: z.array(
          z.object({
            organisationId: z.string(),
            organisationName: z.string(),
            entries: z.array(
              z.object({
                id: z.string(),
                title: z.string(),
                phase: z.string(),
                categoryLabel: z.string().nullable(),
                adoptions: z.number().int(),
                posts: z.number().int(),
              }),
            ),
          }),
        ),
        byPhase: z.array(z.object({ phase: z.string(), count: z.number().int() })),
        byCategory: z.array(z.object({ category: z.string(), count: z.number().int() })),
        jointProjects: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            leadOrganisationName: z.string(),
            partners: z.array(z.string()),
            catalogueEntryId: z.string().nullable(),
          }),
        ),
      }),
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => getNetworkOverview(db(c), actor, { networkId: params.networkId }),
  );

  defineOperation(
    api,
    {
      operationId: 'listActors',
      method: 'get',
      path: '/networks/:networkId/actors',
      summary: "The network's actors' directory (companies by CVR, knowledge centres, education institutions) with their projects; members only",
      tag: TAG,
      response: z.object({ network: z.object({ id: z.string(), name: z.string() }), actors: z.array(actorBody) }),
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => listActors(db(c), actor, { networkId: params.networkId }),
  );

  defineOperation(
    api,
    {
      operationId: 'getNetworkActor',
      method: 'get',
      path: '/networks/:networkId/actors/:actorId',
      summary: "One actor of the network's directory with the projects it took part in; members only",
      tag: TAG,
      response: z.object({ network: z.object({ id: z.string(), name: z.string() }), actor: actorBody }),
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => getNetworkActor(db(c), actor, { networkId: params.networkId, actorId: params.actorId }),
  );

  const count = z.object({ count: z.number().int() });
  defineOperation(
    api,
    {
      operationId: 'getMyNetworks',
      method: 'get',
      path: '/me/networks',
      summary:
        "The front page's network section: for a coordinator, per member municipality the entries shared with the network by phase and category and its joint projects; the unread experience posts on the user's own entries",
      tag: TAG,
      query: getMyNetworksSchema,
      response: z.object({
        coordinated: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            href: z.string(),
            members: z.array(
              z.object({
                organisationId: z.string(),
                organisationName: z.string(),
                entries: z.number().int(),
                jointProjects: z.number().int(),
                byPhase: z.array(count.extend({ phase: z.string() })),
                byCategory: z.array(count.extend({ category: z.string() })),
              }),
            ),
          }),
        ),
        newPosts: count.extend({
          items: z.array(z.object({ id: z.string(), title: z.object({ da: z.string(), en: z.string() }), href: z.string(), at: z.iso.datetime() })),
        }),
      }),
      errors: ['VALIDATION_FAILED'],
      example: () => ({}),
    },
    async (actor, { c }) => getMyNetworks(db(c), actor, {}),
  );

  return api;
}
