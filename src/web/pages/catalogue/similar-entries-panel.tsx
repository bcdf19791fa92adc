import { recommendationLabels } from '../../../domain/evaluation.js';
import { formatKroner } from '../../../domain/money.js';
import { paths } from '../../../paths.js';
import type { SimilarEntry } from '../../../usecases/catalogue/list-similar-entries.js';
import type { PageContext } from '../../page-context.js';

/** Evidence beside a case (idea, application, assessment, review): the most similar entries the viewer may see. */
export function SimilarEntriesPanel({ ctx, entries }: { ctx: PageContext; entries: SimilarEntry[] }) {
  const { t } = ctx;
  const money = (v: number | null) => (v === null ? '–' : formatKroner(v));
  return (
    <section aria-labelledby="similar-entries-heading">
      <h2 id="similar-entries-heading">{t({ da: 'Lignende projekter i kataloget', en: 'Similar projects in the catalogue' })}</h2>
      {entries.length === 0 ? (
        <p>{t({ da: 'Ingen lignende projekter fundet.', en: 'No similar projects found.' })}</p>
      ) : (
        <ul class="nobullet-list">
          {entries.map((e) => (
            <li class="mb-5">
              <a href={paths.catalogue.show({ catalogueEntryId: e.id })}>{e.title}</a> ({e.organisationName})
              <ul>
                {e.effects.map((f) => (
                  <li>
                    {f.goal}: {t({ da: 'målt', en: 'measured' })} {f.measured ?? '–'} {f.unit} ({t({ da: 'mål', en: 'target' })} {f.target ?? '–'})
                  </li>
                ))}
                <li>
                  {t({ da: 'Brugt', en: 'Spent' })} {money(e.spentOere)} {t({ da: 'af budget', en: 'of budget' })} {money(e.budgetOere)};{' '}
                  {t({ da: 'business case netto', en: 'business case net' })} {money(e.businessCaseNetOere)}
                </li>
                <li>
                  {t({ da: 'Evaluering', en: 'Evaluation' })}: {e.evaluationOutcome ? t(recommendationLabels[e.evaluationOutcome]) : '–'} ·{' '}
                  {t({ da: 'Taget i brug af', en: 'Adopted by' })} {e.adoptions}
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
