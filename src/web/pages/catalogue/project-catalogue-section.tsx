import type { Db } from '../../../db/client.js';
import { paths } from '../../../paths.js';
import { projectCatalogueStatus } from '../../../usecases/catalogue/project-catalogue-status.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import { ButtonLink } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';

/** "Bygger på katalogindgangen …": the entry an adopted idea came from, on the application and project pages. */
export function AdoptionBackLink({ ctx, source }: { ctx: PageContext; source: { catalogueEntryId: string; title: string } | null }) {
  if (!source) return null;
  return (
    <p>
      {ctx.t({ da: 'Bygger på katalogindgangen ', en: 'Builds on the catalogue entry ' })}
      <a href={paths.catalogue.show({ catalogueEntryId: source.catalogueEntryId })}>{source.title}</a>
    </p>
  );
}

/**
 * The project page's catalogue section: the source entry it builds on, and "Del i erfaringskataloget"
 * (or a link to its entry once shared) for those who may publish. The caller has shown the project.
 */
export async function ProjectCatalogueSection({ ctx, db, actor, applicationId }: { ctx: PageContext; db: Db; actor: Actor; applicationId: string }) {
  const { t } = ctx;
  const { source, entryId, mayPublish } = await projectCatalogueStatus(db, actor, applicationId);
  if (!source && !entryId && !mayPublish) return null;
  return (
    <section aria-labelledby="project-catalogue">
      <h2 id="project-catalogue">{t({ da: 'Erfaringskataloget', en: 'Experience catalogue' })}</h2>
      <AdoptionBackLink ctx={ctx} source={source} />
      {entryId ? (
        <p>
          <a href={paths.catalogue.show({ catalogueEntryId: entryId })}>
            {t({ da: 'Se projektets indgang i kataloget', en: "See the project's catalogue entry" })}
          </a>
        </p>
      ) : mayPublish ? (
        <ButtonLink href={paths.catalogue.publish({ applicationId })} variant="secondary">
          {t({ da: 'Del i erfaringskataloget', en: 'Share in the experience catalogue' })}
        </ButtonLink>
      ) : null}
    </section>
  );
}
