import type { BusinessCaseResult } from '../../../../domain/business-case.js';
import { formatKroner } from '../../../../domain/money.js';
import { Table } from '../../../components/index.js';
import type { PageContext } from '../../../page-context.js';

/**
 * The computed figures (NPV, payback year, year by year). Rendered on the server; the live script
 * swaps this block's content with the same markup from the JSON endpoint.
 */
export function BusinessCaseFigures({ ctx, result, horizon }: { ctx: PageContext; result: BusinessCaseResult | null; horizon: number }) {
  const { t, locale } = ctx;
  if (!result) {
    return (
      <p>
        {t({
          da: 'Udfyld investering, driftsudgifter, frigjorte timer, timepris og besparelse, så beregnes nettonutidsværdien og tilbagebetalingsåret.',
          en: 'Fill in investment, running costs, hours freed, hourly rate and savings to compute the net present value and the payback year.',
        })}
      </p>
    );
  }
  const payback =
    result.paybackYear === null
      ? t({ da: `Tilbagebetales ikke inden for ${horizon} år`, en: `Does not pay back within ${horizon} years` })
      : result.paybackYear === 0
        ? t({ da: 'Straks (ingen investering)', en: 'At once (no investment)' })
        : t({ da: `År ${result.paybackYear}`, en: `Year ${result.paybackYear}` });
  return (
    <>
      <dl class="mt-0 business-case-figures">
        <dt>{t({ da: 'Nettonutidsværdi', en: 'Net present value' })}</dt>
        <dd data-figure="npv">{formatKroner(result.npvOere, locale)}</dd>
        <dt>{t({ da: 'Tilbagebetalingsår', en: 'Payback year' })}</dt>
        <dd data-figure="payback">{payback}</dd>
        <dt>{t({ da: 'Samlet gevinst (ikke tilbagediskonteret)', en: 'Total gain (not discounted)' })}</dt>
        <dd>{formatKroner(result.totalGainOere, locale)}</dd>
      </dl>
      <Table
        caption={t({ da: 'År for år', en: 'Year by year' })}
        columns={[
          { label: t({ da: 'År', en: 'Year' }) },
          { label: t({ da: 'Nettogevinst', en: 'Net gain' }), numeric: true },
          { label: t({ da: 'Tilbagediskonteret', en: 'Discounted' }), numeric: true },
          { label: t({ da: 'Akkumuleret', en: 'Cumulative' }), numeric: true },
        ]}
        rows={result.yearly.map((y) => [
          String(y.year),
          formatKroner(y.netOere, locale),
          formatKroner(y.discountedOere, locale),
          formatKroner(y.cumulativeOere, locale),
        ])}
        density="compact"
      />
    </>
  );
}
