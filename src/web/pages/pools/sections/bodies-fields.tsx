import { Fieldset, TextArea, TextInput } from '../../../components/index.js';
import { withTrailingBlank } from '../form-values.js';
import { rowsOf, textOf } from '../../../form-kit/index.js';
import { isBlankBody } from './model.js';
import { AddRowButton, fields, type SectionViewProps } from './view-kit.js';

/** Decision bodies (Velfærdsteknologirådet, styregruppen …). */
export function BodiesFields({ ctx, values, errors }: SectionViewProps) {
  const { t } = ctx;
  const { v, e } = fields(values, errors);
  const rows = withTrailingBlank(rowsOf(values.decisionBodies), isBlankBody);
  return (
    <div id="decisionBodies">
      {rows.map((row, i) => {
        const base = `decisionBodies[${i}]`;
        return (
          <Fieldset legend={textOf(row.name).trim() || t({ da: 'Nyt beslutningsorgan', en: 'New decision body' })} legendClass="form-label h3" class="pool-row">
            <div class="row">
              <div class="col-12 col-md-7">
                <TextInput name={`${base}[name]`} label={t({ da: 'Navn', en: 'Name' })} value={v(`${base}[name]`)} error={e(`${base}[name]`)} />
              </div>
              <div class="col-12 col-md-5">
                <TextInput name={`${base}[key]`} label={t({ da: 'Nøgle', en: 'Key' })} value={v(`${base}[key]`)} error={e(`${base}[key]`)} />
              </div>
            </div>
            <TextArea
              name={`${base}[description]`}
              label={t({ da: 'Sammensætning og opgave', en: 'Members and remit' })}
              value={v(`${base}[description]`)}
              error={e(`${base}[description]`)}
              rows={3}
            />
          </Fieldset>
        );
      })}
      <AddRowButton ctx={ctx} target="decisionBodies" what={t({ da: 'med et beslutningsorgan', en: 'with a decision body' })} />
    </div>
  );
}
