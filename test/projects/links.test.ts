import { describe, expect, it } from 'vitest';
import { projectLink, reportLink, reportsDueLink } from '../../src/usecases/projects/links.js';
import { paths } from '../../src/web/paths.js';

describe('notification links mirror the page paths', () => {
  it('project, report and reports due', () => {
    expect(projectLink('a')).toBe(paths.projects.show({ applicationId: 'a' }));
    expect(reportLink('a', 'r')).toBe(paths.projects.report({ applicationId: 'a', reportId: 'r' }));
    expect(reportsDueLink()).toBe(paths.projects.reportsDue());
  });
});
