import { todayInCopenhagen } from '../../src/domain/dates.js';
import { demoPeriod } from '../../src/demo/dating.js';
import { vejlePreset } from '../../src/demo/presets/vejle.js';

/**
 * The demo presets are dated relative to the seeding day (src/demo/dating.ts); the test template is
 * seeded today. Tests derive the years and names from here instead of hard-coding them.
 */
const today = todayInCopenhagen();

/** The four years of every demo pool (two years ago to next year). */
export const demoYears = demoPeriod(today).years;
export const [DEMO_Y1, DEMO_Y2, DEMO_Y3, DEMO_Y4] = demoYears as [number, number, number, number];
/** This year: the third of the four (Vejle's 10 mio. kr. year). */
export const THIS_YEAR = DEMO_Y3;

/** A year of Vejle's seed (2021–2024: 5, 0, 10 and 5 mio. kr.) as the demo lays it out. */
export const vejleYear = (seedYear: 2021 | 2022 | 2023 | 2024): number => DEMO_Y1 + (seedYear - 2021);

/** The Vejle demo pool's name, with its shifted years. */
export const VEJLE_POOL_NAME = vejlePreset(today).name;
