import { Button } from '../../../components/index.js';
import { valueAt } from '../../../form-kit/index.js';
import type { PageContext } from '../../../page-context.js';
import type { Row } from '../form-values.js';

/** What every section's fields get. `errors` are keyed by form field name. */
export interface SectionViewProps {
  ctx: PageContext;
  values: Row;
  errors: Record<string, string>;
  /** The period's years (budget amounts). */
  years: number[];
  bodies: { key: string; name: string }[];
  lines: { key: string; name: string }[];
}

/** Value and error lookups by form field name. */
export function fields(values: Row, errors: Record<string, string>) {
  return {
    v: (name: string) => valueAt(values, name),
    e: (name: string): string | undefined => errors[name],
  };
}

/** The "Tilføj række" button: submits the form and comes back with one more row in `target`. */
export function AddRowButton({ ctx, target, what }: { ctx: PageContext; target: string; what: string }) {
  return (
    <Button variant="secondary" name="_add" value={target} icon="plus" srOnly={what}>
      {ctx.t({ da: 'Tilføj række', en: 'Add row' })}
    </Button>
  );
}
