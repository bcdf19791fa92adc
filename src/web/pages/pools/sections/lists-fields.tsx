import { Fieldset, TextInput } from '../../../components/index.js';
import { rec, withTrailingBlank } from '../form-values.js';
import { rowsOf } from '../../../form-kit/index.js';
import { listLabels } from '../labels.js';
import { isBlankChoice, listKeys } from './model.js';
import { AddRowButton, fields, type SectionViewProps } from './view-kit.js';

const hints = {
  projectTypes: { da: 'Fx demonstrationsprojekt, testprojekt, udviklingsprojekt.', en: 'E.g. demonstration project, test project, development project.' },
  categories: {
    da: 'Fx robotter, sensorer, skærmbesøg. Bruges også til at gruppere projekter i kataloget.',
    en: 'E.g. robots, sensors, video visits. Also groups projects in the catalogue.',
  },
  effectGoals: {
    da: 'De mål, projekterne skal bidrage til, fx programerklæringens effektmål.',
    en: 'The goals projects must contribute to, e.g. the programme declaration’s effect goals.',
  },
  targetGroups: { da: 'Fx ældre borgere, borgere med handicap, medarbejdere.', en: 'E.g. elderly citizens, citizens with disabilities, staff.' },
  phases: { da: 'Projektets faser i rækkefølge.', en: "The project's phases, in order." },
};

/** The pool's lists of choices: one table of rows per list. */
export function ListsFields({ ctx, values, errors }: SectionViewProps) {
  const { t } = ctx;
  const { v, e } = fields(values, errors);
  const lists = rec(values.lists);
  return (
    <>
      {listKeys.map((list) => {
        const rows = withTrailingBlank(rowsOf(lists[list]), isBlankChoice);
        const noun = t(listLabels[list].singular);
        return (
          <Fieldset legend={t(listLabels[list].plural)} legendClass="form-label h3" id={`lists-${list}`} hint={t(hints[list])}>
            {rows.map((_row, i) => {
              const base = `lists[${list}][${i}]`;
              return (
                <div class="row">
                  <div class="col-12 col-md-7">
                    <TextInput
                      name={`${base}[label]`}
                      label={t({ da: `${noun} ${i + 1}: betegnelse`, en: `${noun} ${i + 1}: label` })}
                      value={v(`${base}[label]`)}
                      error={e(`${base}[label]`)}
                    />
                  </div>
                  <div class="col-12 col-md-5">
                    <TextInput
                      name={`${base}[key]`}
                      label={t({ da: `${noun} ${i + 1}: nøgle`, en: `${noun} ${i + 1}: key` })}
                      value={v(`${base}[key]`)}
                      error={e(`${base}[key]`)}
                    />
                  </div>
                </div>
              );
            })}
            <AddRowButton
              ctx={ctx}
              target={`lists.${list}`}
              what={t({ da: `under ${t(listLabels[list].plural).toLowerCase()}`, en: `under ${t(listLabels[list].plural).toLowerCase()}` })}
            />
          </Fieldset>
        );
      })}
      <p class="form-hint">
        {t({
          da: 'Nøglen dannes ud fra betegnelsen, hvis du lader den stå tom. Tomme rækker ignoreres.',
          en: 'The key is made from the label if left empty. Empty rows are ignored.',
        })}
      </p>
    </>
  );
}
