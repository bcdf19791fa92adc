import { Alert, Breadcrumbs } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';

export interface Crumb {
  label: string;
  href?: string;
}

/** An assessment page's breadcrumb trail: "Forside" first, then `items` (the last is the page itself). */
export function Crumbs({ ctx, items }: { ctx: PageContext; items: Crumb[] }) {
  const { t } = ctx;
  return (
    <Breadcrumbs ariaLabel={t({ da: 'Brødkrumme', en: 'Breadcrumb' })} items={[{ label: t({ da: 'Forside', en: 'Home' }), href: paths.home() }, ...items]} />
  );
}

/** The notice after a change (`?besked=…`), if any. */
export function SavedNotice({ ctx, notice }: { ctx: PageContext; notice: string | undefined }) {
  return notice ? (
    <Alert variant="success" heading={ctx.t({ da: 'Gemt', en: 'Saved' })}>
      {notice}
    </Alert>
  ) : null;
}
