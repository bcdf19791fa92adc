import { paths } from '../../../paths.js';
import type { EntrySharing } from '../../../usecases/catalogue/entry-sharing.js';
import { ButtonLink } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { ExperienceList } from './sharing-views.js';

/** The sections below a catalogue entry: adoptions, "Brug dette projekt", experience posts. */
export function EntrySharingSections({ ctx, entryId, sharing }: { ctx: PageContext; entryId: string; sharing: EntrySharing }) {
  const { t } = ctx;
  return (
    <>
      <h2>{t({ da: 'Hvem bygger videre på projektet', en: 'Who builds on the project' })}</h2>
      {sharing.adoptions.length === 0 ? (
        <p>{t({ da: 'Ingen har taget projektet i brug endnu.', en: 'Nobody has adopted the project yet.' })}</p>
      ) : (
        <ul>
          {sharing.adoptions.map((a) => (
            <li>
              {a.organisationName}
              {a.unitName ? `, ${a.unitName}` : ''}: {a.ideaTitle} ({a.adoptedOn})
            </li>
          ))}
        </ul>
      )}
      {sharing.mayAdopt ? (
        <ButtonLink href={paths.catalogueSharing.adopt({ catalogueEntryId: entryId })} variant="primary">
          {t({ da: 'Brug dette projekt', en: 'Use this project' })}
        </ButtonLink>
      ) : null}
      <h2>{t({ da: 'Erfaringer fra netværket', en: 'Experiences from the network' })}</h2>
      <ExperienceList ctx={ctx} threads={sharing.experiences} />
      {sharing.mayPost ? (
        <p>
          <a href={paths.catalogueSharing.experiences({ catalogueEntryId: entryId })}>
            {t({ da: 'Skriv et spørgsmål eller en erfaring', en: 'Write a question or a lesson' })}
          </a>
        </p>
      ) : null}
    </>
  );
}
