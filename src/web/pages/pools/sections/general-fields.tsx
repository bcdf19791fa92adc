import { Checkbox, Radios, TextArea, TextInput } from '../../../components/index.js';
import type { PageContext } from '../../../page-context.js';
import type { Row } from '../form-values.js';
import { intakeLabels, statusLabels } from '../labels.js';
import { fields } from './view-kit.js';

/** Name, description, period, status, intake, carry-over and follow-up: used by create and edit. */
export function GeneralFields({ ctx, values, errors }: { ctx: PageContext; values: Row; errors: Record<string, string> }) {
  const { t } = ctx;
  const { v, e } = fields(values, errors);
  const status = v('status') || 'draft';
  const intake = v('intake') || 'continuous';
  return (
    <>
      <TextInput name="name" label={t({ da: 'Puljens navn', en: "The pool's name" })} value={v('name')} error={e('name')} width="xl" />
      <TextArea
        name="description"
        label={t({ da: 'Beskrivelse', en: 'Description' })}
        hint={t({ da: 'Hvad puljen støtter, og hvordan der besluttes.', en: 'What the pool supports and how decisions are made.' })}
        value={v('description')}
        error={e('description')}
        rows={6}
        optional
        optionalText={t({ da: 'frivilligt', en: 'optional' })}
      />
      <div class="row">
        <div class="col-12 col-md-4">
          <TextInput
            name="periodStartYear"
            label={t({ da: 'Første år', en: 'First year' })}
            hint={t({ da: 'Fx 2026', en: 'E.g. 2026' })}
            value={v('periodStartYear')}
            error={e('periodStartYear')}
            width="xs"
            inputmode="numeric"
          />
        </div>
        <div class="col-12 col-md-4">
          <TextInput
            name="periodEndYear"
            label={t({ da: 'Sidste år', en: 'Last year' })}
            hint={t({ da: 'Fx 2029', en: 'E.g. 2029' })}
            value={v('periodEndYear')}
            error={e('periodEndYear')}
            width="xs"
            inputmode="numeric"
          />
        </div>
      </div>
      <Radios
        name="status"
        legend={t({ da: 'Status', en: 'Status' })}
        error={e('status')}
        items={(['draft', 'open', 'closed'] as const).map((s) => ({ value: s, label: t(statusLabels[s]), checked: status === s }))}
      />
      <Radios
        name="intake"
        legend={t({ da: 'Ansøgning', en: 'Intake' })}
        error={e('intake')}
        items={(['continuous', 'rounds'] as const).map((s) => ({ value: s, label: t(intakeLabels[s]), checked: intake === s }))}
      />
      <div class="form-group">
        <Checkbox
          name="allowsCarryOver"
          value="true"
          label={t({ da: 'Uforbrugte midler kan overføres til næste år', en: 'Unspent money can be carried over to the next year' })}
          checked={v('allowsCarryOver') === 'true'}
          error={e('allowsCarryOver')}
        />
      </div>
      <TextInput
        name="followUpMonths"
        label={t({ da: 'Opfølgning (måneder efter projektstart)', en: 'Follow-up (months after the project starts)' })}
        hint={t({
          da: 'Adskil med komma, fx 6, 12. Lad feltet stå tomt, hvis der ikke er faste opfølgninger.',
          en: 'Separate with commas, e.g. 6, 12. Leave empty for no fixed follow-ups.',
        })}
        value={v('followUpMonths')}
        error={e('followUpMonths')}
        width="s"
      />
    </>
  );
}
