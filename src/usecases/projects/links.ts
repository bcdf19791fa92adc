/**
 * Links that notifications carry to project pages. Use cases may not import web/ (the layer rule),
 * so these mirror `paths.projects.*` in web/paths.ts; test/projects/links.test.ts keeps them equal.
 */
export const projectLink = (applicationId: string): string => `/projekter/${applicationId}`;
export const reportLink = (applicationId: string, reportId: string): string => `/projekter/${applicationId}/rapporter/${reportId}`;
export const reportsDueLink = (): string => '/opfoelgning';
