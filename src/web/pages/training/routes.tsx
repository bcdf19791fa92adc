import { Hono, type Context } from 'hono';
import { paths } from '../../../paths.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import { exportTraining } from '../../../usecases/training/export-training.js';
import { getTrainingOverview } from '../../../usecases/training/get-training-overview.js';
import { listTrainingUnits } from '../../../usecases/training/list-training-units.js';
import { recordTraining } from '../../../usecases/training/record-training.js';
import { fileResponse } from '../../api/ledger/routes.js';
import type { AppEnv } from '../../env.js';
import { formPost } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { RecordTrainingPage } from './record-training-page.js';
import { TrainingIndexPage, TrainingUnitPage } from './training-pages.js';

type C = Context<AppEnv>;
const p = paths.training;
const db = (c: C) => c.get('deps').db;
const overviewOf = (c: C, actor: Actor) => getTrainingOverview(db(c), actor, { departmentId: c.req.param('departmentId') });

/** Staff training per unit: the list of units, a unit's overview, the record form and the exports. */
export function trainingPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(p.index.pattern, async (c) => render(c, TrainingIndexPage({ ctx: pageContext(c), units: await listTrainingUnits(db(c), requireActor(c)) })));
  app.get(p.unitCsv.pattern, async (c) =>
    fileResponse(await exportTraining(db(c), requireActor(c), { departmentId: c.req.param('departmentId'), format: 'csv' })),
  );
  app.get(p.unitXlsx.pattern, async (c) =>
    fileResponse(await exportTraining(db(c), requireActor(c), { departmentId: c.req.param('departmentId'), format: 'xlsx' })),
  );
  app.get(p.record.pattern, async (c) => {
    const actor = requireActor(c);
    const overview = await overviewOf(c, actor);
    return render(c, RecordTrainingPage({ ctx: pageContext(c), overview }));
  });
  app.post(
    p.record.pattern,
    formPost({
      failure: { primaryField: 'personName' },
      run: async (actor, fields, c) => {
        const departmentId = c.req.param('departmentId') ?? '';
        const other = fields.text('otherTechnology').trim();
        await recordTraining(db(c), actor, {
          departmentId,
          technology: other || fields.text('technology'),
          personName: fields.text('personName'),
          level: fields.text('level') || undefined,
          trainedOn: fields.text('trainedOn'),
        });
        return p.unit({ departmentId }, { registreret: 1 });
      },
      again: async (actor, form, c) => RecordTrainingPage({ ctx: pageContext(c), overview: await overviewOf(c, actor), ...form }),
    }),
  );
  app.get(p.unit.pattern, async (c) => render(c, TrainingUnitPage({ ctx: pageContext(c), overview: await overviewOf(c, requireActor(c)) })));
  return app;
}
