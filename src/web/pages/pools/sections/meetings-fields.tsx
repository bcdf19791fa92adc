import { formatDate, parseIsoDate } from '../../../../domain/dates.js';
import { Fieldset, Select, TextInput } from '../../../components/index.js';
import { withTrailingBlank } from '../form-values.js';
import { rowsOf } from '../../../form-kit/index.js';
import { isBlankMeeting } from './model.js';
import { AddRowButton, fields, type SectionViewProps } from './view-kit.js';

/** The decision bodies' meeting calendar. */
export function MeetingsFields({ ctx, values, errors, bodies }: SectionViewProps) {
  const { t } = ctx;
  const { v, e } = fields(values, errors);
  const rows = withTrailingBlank(rowsOf(values.meetings), isBlankMeeting);
  const bodyOptions = [
    { value: '', label: t({ da: 'Vælg beslutningsorgan', en: 'Choose decision body' }) },
    ...bodies.map((b) => ({ value: b.key, label: b.name })),
  ];
  return (
    <div id="meetings">
      {bodies.length === 0 ? (
        <p>{t({ da: 'Opret først et beslutningsorgan under "Beslutningsorganer".', en: 'First create a decision body under "Decision bodies".' })}</p>
      ) : null}
      {e('meetings') ? <p class="form-error-message">{e('meetings')}</p> : null}
      {rows.map((row, i) => {
        const base = `meetings[${i}]`;
        const isNew = isBlankMeeting(row);
        const date = v(`${base}[date]`);
        // The legend names the meeting by its Danish date ("12. marts 2026"), never the ISO form value.
        const legendDate = parseIsoDate(date) ? formatDate(date, ctx.locale) : date;
        return (
          <Fieldset
            legend={
              isNew ? t({ da: 'Nyt møde', en: 'New meeting' }) : t({ da: `Møde ${i + 1}`, en: `Meeting ${i + 1}` }) + (legendDate ? ` (${legendDate})` : '')
            }
            legendClass="form-label h3"
            class="pool-row"
          >
            <input type="hidden" name={`${base}[id]`} value={v(`${base}[id]`)} />
            <div class="row">
              <div class="col-12 col-md-4">
                <Select
                  name={`${base}[decisionBodyKey]`}
                  label={t({ da: 'Beslutningsorgan', en: 'Decision body' })}
                  options={bodyOptions}
                  value={v(`${base}[decisionBodyKey]`) || (isNew && bodies.length === 1 ? (bodies[0]?.key ?? '') : '')}
                  error={e(`${base}[decisionBodyKey]`)}
                />
              </div>
              <div class="col-6 col-md-4">
                <TextInput name={`${base}[date]`} type="date" label={t({ da: 'Dato', en: 'Date' })} value={date} error={e(`${base}[date]`)} />
              </div>
              <div class="col-6 col-md-4">
                <TextInput
                  name={`${base}[time]`}
                  label={t({ da: 'Klokkeslæt', en: 'Time' })}
                  hint={t({ da: 'Fx 15.00', en: 'E.g. 15:00' })}
                  width="xs"
                  value={v(`${base}[time]`)}
                  error={e(`${base}[time]`)}
                />
              </div>
            </div>
            <div class="row">
              <div class="col-12 col-md-8">
                <TextInput name={`${base}[location]`} label={t({ da: 'Sted', en: 'Place' })} value={v(`${base}[location]`)} error={e(`${base}[location]`)} />
              </div>
              <div class="col-12 col-md-4">
                <TextInput
                  name={`${base}[submissionDeadline]`}
                  type="date"
                  label={t({ da: 'Ansøgningsfrist (frivilligt)', en: 'Submission deadline (optional)' })}
                  value={v(`${base}[submissionDeadline]`)}
                  error={e(`${base}[submissionDeadline]`)}
                />
              </div>
            </div>
          </Fieldset>
        );
      })}
      <AddRowButton ctx={ctx} target="meetings" what={t({ da: 'med et møde', en: 'with a meeting' })} />
    </div>
  );
}
