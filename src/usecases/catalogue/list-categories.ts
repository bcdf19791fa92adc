import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { technologyCategories } from '../../db/schema/catalogue.js';

export interface CategoryView {
  id: string;
  key: string;
  labelDa: string;
  labelEn: string;
  description: string;
}

/** The installation-wide technology categories in their order (reference data: anyone, logged in or not). */
export async function listCategories(db: Db): Promise<{ categories: CategoryView[] }> {
  const rows = await db
    .select({
      id: technologyCategories.id,
      key: technologyCategories.key,
      labelDa: technologyCategories.labelDa,
      labelEn: technologyCategories.labelEn,
      description: technologyCategories.description,
    })
    .from(technologyCategories)
    .where(eq(technologyCategories.archived, false))
    .orderBy(asc(technologyCategories.sortOrder), asc(technologyCategories.labelDa));
  return { categories: rows };
}
