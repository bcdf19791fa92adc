// Every table of the application, one file per area. Drizzle reads this for queries and migrations.
export * from './organisations.js';
export * from './accounts.js';
export * from './audit.js';
export * from './pools.js';
export * from './applications.js';
export * from './ledger.js';
export * from './assessment.js';
export * from './notifications.js';
export * from './project-settings.js';
export * from './projects.js';
export * from './project-outcomes.js';
export * from './meetings.js';
export * from './catalogue.js';
export * from './case-records.js';
export * from './network-platform.js';
