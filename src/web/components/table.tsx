/** DKFDS table (table.njk, without JS sorting/selection) and structured list (structured-list.njk). */
import type { Child } from 'hono/jsx';
import { cx } from './util.js';

export interface TableColumn {
  label: Child;
  /** Right-align the column (numbers/amounts): adds `align-text-right` to th and td. */
  numeric?: boolean;
  /** Render cells of this column as `<th scope="row">` (row headers). */
  rowHeader?: boolean;
  /** Extra class on th and td. */
  class?: string;
}

export interface TableProps {
  columns: TableColumn[];
  /** Each row is an array of cells, in column order. */
  rows: Child[][];
  caption?: Child;
  /** Class on the caption, e.g. "sr-only" for a visually hidden caption. */
  captionClass?: string;
  zebra?: boolean;
  borderless?: boolean;
  density?: 'compact' | 'extracompact';
  id?: string;
  class?: string;
  /** Optional footer rows (e.g. totals), same shape as rows. */
  footerRows?: Child[][];
  /** Name of the scroll container when the table has no caption (the caption names it otherwise). */
  label?: string;
}

/** Ids for captions of tables without an id: unique within a rendered page. */
let captionCounter = 0;

function Cells({ columns, row, footer }: { columns: TableColumn[]; row: Child[]; footer?: boolean }) {
  return (
    <>
      {row.map((cell, i) => {
        const col = columns[i];
        const cls = cx(col?.numeric && 'align-text-right', col?.class) || undefined;
        return col?.rowHeader || (footer && i === 0) ? (
          <th scope="row" class={cls}>
            {cell}
          </th>
        ) : (
          <td class={cls}>{cell}</td>
        );
      })}
    </>
  );
}

/**
 * table.njk, in a scroll container (table--responsive-scroll): a wide table scrolls inside its own
 * focusable region, named by the caption, instead of widening the page at 320 px (WCAG 1.4.10).
 */
export function Table(props: TableProps) {
  const captionId = props.caption !== undefined ? `${props.id ?? `table-${String((captionCounter = (captionCounter + 1) % 1_000_000))}`}-caption` : undefined;
  return (
    <div
      class="table--responsive-scroll"
      tabindex={0}
      role="region"
      aria-labelledby={captionId}
      aria-label={captionId === undefined ? (props.label ?? 'Tabel') : undefined}
    >
      <table
        class={cx(
          'table',
          props.zebra && 'table--zebra',
          props.borderless && 'table--borderless',
          props.density === 'compact' && 'table--compact',
          props.density === 'extracompact' && 'table--extracompact',
          props.class,
        )}
        id={props.id}
      >
        {props.caption !== undefined ? (
          <caption id={captionId} class={props.captionClass}>
            {props.caption}
          </caption>
        ) : null}
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th scope="col" class={cx(c.numeric && 'align-text-right', c.class) || undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <Cells columns={props.columns} row={row} />
            </tr>
          ))}
        </tbody>
        {props.footerRows && props.footerRows.length > 0 ? (
          <tfoot>
            {props.footerRows.map((row) => (
              <tr>
                <Cells columns={props.columns} row={row} footer />
              </tr>
            ))}
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

export interface StructuredListRow {
  label: string;
  value: Child;
  /** Link to change this value ("Ret"). */
  href?: string;
}

export interface StructuredListProps {
  rows: StructuredListRow[];
  /** Show the edit column; default: true if any row has href. */
  edit?: boolean;
  /** Text of the edit link. Default "Ret". The row label is appended visually hidden. */
  editText?: string;
  /** e.g. "md" -> table-md-responsive-headers */
  breakpoint?: 'sm' | 'md' | 'lg' | 'xl';
  class?: string;
  /** Name of the scroll container (a region) when the list is wide enough to scroll. */
  label?: string;
}

/** structured-list.njk (summary list of label/value rows). */
export function StructuredList(props: StructuredListProps) {
  const edit = props.edit ?? props.rows.some((r) => r.href !== undefined);
  return (
    <div class="table--responsive-scroll" tabindex={0} role={props.label !== undefined ? 'region' : undefined} aria-label={props.label}>
      <table class={cx('table structured-list', props.breakpoint && `table-${props.breakpoint}-responsive-headers`, props.class)}>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
              {edit ? (
                <td class="d-print-none">
                  {row.href !== undefined ? (
                    <a href={row.href}>
                      {props.editText ?? 'Ret'}
                      <span class="sr-only"> {row.label}</span>
                    </a>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
