// The paths module lives in src/paths.ts so use cases (notification links) and web share it.
export * from '../paths.js';
