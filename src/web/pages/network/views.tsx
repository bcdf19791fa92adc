import { actorKindLabels } from '../../../domain/network-platform.js';
import { paths } from '../../../paths.js';
import type { NetworkOverview } from '../../../usecases/network/get-network-overview.js';
import type { NetworkActor } from '../../../usecases/network/list-actors.js';
import { BackLink, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';

/** /netvaerk/:networkId — what every member municipality is trying, by phase and category, and the joint projects. */
export function NetworkOverviewPage({ ctx, view }: { ctx: PageContext; view: NetworkOverview }) {
  const { t } = ctx;
  const id = view.network.id;
  return (
    <Layout ctx={ctx} title={view.network.name}>
      <h1>{view.network.name}</h1>
      {view.network.description ? <p>{view.network.description}</p> : null}
      <p>
        <a href={paths.network.actors({ networkId: id })}>{t({ da: 'Aktører i netværket', en: 'Actors in the network' })}</a>
      </p>
      <h2>{t({ da: 'Det afprøver kommunerne', en: 'What the municipalities are trying' })}</h2>
      {view.members.map((m) => (
        <section>
          <h3>{m.organisationName}</h3>
          {m.entries.length === 0 ? (
            <p>{t({ da: 'Intet delt med netværket endnu.', en: 'Nothing shared with the network yet.' })}</p>
          ) : (
            <Table
              caption={t({ da: `Indgange fra ${m.organisationName}`, en: `Entries from ${m.organisationName}` })}
              captionClass="sr-only"
              columns={[
                { label: t({ da: 'Indgang', en: 'Entry' }), rowHeader: true },
                { label: t({ da: 'Fase', en: 'Phase' }) },
                { label: t({ da: 'Kategori', en: 'Category' }) },
                { label: t({ da: 'Genbrug', en: 'Adoptions' }), numeric: true },
                { label: t({ da: 'Indlæg', en: 'Posts' }), numeric: true },
              ]}
              rows={m.entries.map((e) => [
                <a href={paths.catalogueSharing.experiences({ catalogueEntryId: e.id })}>{e.title}</a>,
                e.phase || '–',
                e.categoryLabel ?? '–',
                String(e.adoptions),
                String(e.posts),
              ])}
            />
          )}
        </section>
      ))}
      <h2>{t({ da: 'Fordelt på fase og kategori', en: 'By phase and category' })}</h2>
      <Table
        caption={t({ da: 'Indgange pr. fase', en: 'Entries per phase' })}
        columns={[
          { label: t({ da: 'Fase', en: 'Phase' }), rowHeader: true },
          { label: t({ da: 'Antal', en: 'Count' }), numeric: true },
        ]}
        rows={view.byPhase.map((p) => [p.phase, String(p.count)])}
      />
      <Table
        caption={t({ da: 'Indgange pr. kategori', en: 'Entries per category' })}
        columns={[
          { label: t({ da: 'Kategori', en: 'Category' }), rowHeader: true },
          { label: t({ da: 'Antal', en: 'Count' }), numeric: true },
        ]}
        rows={view.byCategory.map((p) => [p.category, String(p.count)])}
      />
      <h2>{t({ da: 'Fælles projekter', en: 'Joint projects' })}</h2>
      {view.jointProjects.length === 0 ? (
        <p>{t({ da: 'Ingen fælles projekter endnu.', en: 'No joint projects yet.' })}</p>
      ) : (
        <ul>
          {view.jointProjects.map((j) => (
            <li>
              <strong>{j.title}</strong> — {t({ da: `ledet af ${j.leadOrganisationName}`, en: `led by ${j.leadOrganisationName}` })}
              {j.partners.length > 0 ? t({ da: `, med ${j.partners.join(', ')}`, en: `, with ${j.partners.join(', ')}` }) : ''}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** /netvaerk/:networkId/aktoerer — members only, never public. */
export function ActorsPage({ ctx, network, actors }: { ctx: PageContext; network: { id: string; name: string }; actors: NetworkActor[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: `Aktører i ${network.name}`, en: `Actors in ${network.name}` })}>
      <BackLink href={paths.network.overview({ networkId: network.id })} text={network.name} />
      <h1>{t({ da: `Aktører i ${network.name}`, en: `Actors in ${network.name}` })}</h1>
      <Table
        caption={t({ da: 'Virksomheder, videnscentre og uddannelsesinstitutioner', en: 'Companies, knowledge centres and education institutions' })}
        columns={[
          { label: t({ da: 'Navn', en: 'Name' }), rowHeader: true },
          { label: t({ da: 'Type', en: 'Kind' }) },
          { label: 'CVR' },
          { label: t({ da: 'Projekter', en: 'Projects' }), numeric: true },
        ]}
        rows={actors.map((a) => [
          <a href={paths.network.actor({ networkId: network.id, actorId: a.id })}>{a.name}</a>,
          t(actorKindLabels[a.kind]),
          a.cvr ?? '–',
          String(a.projects.length),
        ])}
      />
    </Layout>
  );
}

/** /netvaerk/:networkId/aktoerer/:actorId — one actor and the projects it took part in across the members. */
export function ActorPage({ ctx, network, actor }: { ctx: PageContext; network: { id: string; name: string }; actor: NetworkActor }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={actor.name}>
      <BackLink href={paths.network.actors({ networkId: network.id })} text={t({ da: 'Aktører', en: 'Actors' })} />
      <h1>{actor.name}</h1>
      <p>
        {t(actorKindLabels[actor.kind])}
        {actor.cvr ? ` · CVR ${actor.cvr}` : ''}
      </p>
      {actor.description ? <p>{actor.description}</p> : null}
      <h2>{t({ da: 'Projekter i netværkets kommuner', en: "Projects in the network's municipalities" })}</h2>
      {actor.projects.length === 0 ? (
        <p>{t({ da: 'Ingen projekter registreret.', en: 'No projects recorded.' })}</p>
      ) : (
        <ul>
          {actor.projects.map((p) => (
            <li>
              {p.catalogueEntryId ? <a href={paths.catalogueSharing.experiences({ catalogueEntryId: p.catalogueEntryId })}>{p.title}</a> : p.title} (
              {p.organisationName}
              {p.role ? `, ${p.role}` : ''})
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
