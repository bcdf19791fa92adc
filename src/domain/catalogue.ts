import type { Bilingual } from './bilingual.js';

/**
 * The shared catalogue (erfaringskatalog): what a project taught, published for the organisation,
 * its networks or the public. Pure vocabulary; the tables are in `db/schema/catalogue.ts`.
 */

/** Who may see an entry: the owning organisation, also the members of its networks, or everyone. */
export const ENTRY_VISIBILITIES = ['organisation', 'network', 'public'] as const;
export type EntryVisibility = (typeof ENTRY_VISIBILITIES)[number];
export const visibilityLabels: Record<EntryVisibility, Bilingual> = {
  organisation: { da: 'Kun egen organisation', en: 'Own organisation only' },
  network: { da: 'Organisationen og dens netværk', en: 'The organisation and its networks' },
  public: { da: 'Offentlig', en: 'Public' },
};

/** Maturity on KL's technology radar. */
export const MATURITIES = ['klar', 'afproev', 'hold_oeje', 'afvent'] as const;
export type Maturity = (typeof MATURITIES)[number];
export const maturityLabels: Record<Maturity, Bilingual> = {
  klar: { da: 'Klar', en: 'Ready' },
  afproev: { da: 'Afprøv', en: 'Trial' },
  hold_oeje: { da: 'Hold øje', en: 'Keep an eye on' },
  afvent: { da: 'Afvent', en: 'Wait' },
};

/** Where an entry came from: a project in the system, typed in for an older project, or imported from a file. */
export const ENTRY_SOURCES = ['project', 'history', 'import'] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];

/** A measured effect per result goal, copied from the project's reports and evaluation (kept up to date). */
export interface EntryEffect {
  goal: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  measured: number | null;
  measuredOn: string | null;
  comment: string;
}

/** A partner company named inside the organisation and the network — never on a public page. */
export interface EntryPartner {
  name: string;
  cvr: string | null;
}
