import type { PageContext } from '../page-context.js';

/** "Næste side" under a keyset-paginated list; nothing when the list has no more rows. */
export function NextPageLink({ ctx, href }: { ctx: PageContext; href: string | null }) {
  if (!href) return null;
  return (
    <p>
      <a href={href} rel="next">
        {ctx.t({ da: 'Næste side', en: 'Next page' })}
      </a>
    </p>
  );
}
