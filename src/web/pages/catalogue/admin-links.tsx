import { paths } from '../../../paths.js';
import { canAnywhere } from '../../../policies/authorize.js';
import { mayManageCategories } from '../../../policies/catalogue.js';
import type { PageContext } from '../../page-context.js';

/** The search page's links for those who keep the catalogue: an older project, the shared categories. */
export function CatalogueAdminLinks({ ctx }: { ctx: PageContext }) {
  const { t, actor } = ctx;
  if (!actor) return null;
  const history = canAnywhere(actor, 'catalogue.publish');
  const categories = mayManageCategories(actor);
  if (!history && !categories) return null;
  return (
    <ul class="nobullet-list">
      {history ? (
        <li>
          <a href={paths.catalogue.newHistory()}>{t({ da: 'Tilføj et tidligere projekt', en: 'Add an earlier project' })}</a>
        </li>
      ) : null}
      {categories ? (
        <li>
          <a href={paths.catalogue.categories()}>{t({ da: 'Teknologikategorier', en: 'Technology categories' })}</a>
        </li>
      ) : null}
    </ul>
  );
}
