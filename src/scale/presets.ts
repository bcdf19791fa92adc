/** The sizes of the generated data sets (`npm run seed:scale -- --preset <name>`). */
export interface ScalePreset {
  municipalities: number;
  /** Pools per municipality: 1–`maxPools` (the first municipality always has the most). */
  maxPools: number;
  applications: number;
  networks: number;
  catalogueEntries: number;
  /** Staff per role are scaled by this (1 = ~50 people per municipality). */
  staffFactor: number;
}

export const scalePresets = {
  national: { municipalities: 98, maxPools: 3, applications: 400_000, networks: 5, catalogueEntries: 50_000, staffFactor: 1 },
  municipality: { municipalities: 1, maxPools: 3, applications: 20_000, networks: 0, catalogueEntries: 2_000, staffFactor: 1 },
  tiny: { municipalities: 2, maxPools: 2, applications: 300, networks: 1, catalogueEntries: 40, staffFactor: 0.2 },
} as const satisfies Record<string, ScalePreset>;

export type ScalePresetName = keyof typeof scalePresets;
export const isScalePreset = (s: string): s is ScalePresetName => s in scalePresets;

/** Municipality names for the generated organisations (cycled with a number when more are asked for). */
export const MUNICIPALITIES = [
  'København',
  'Aarhus',
  'Aalborg',
  'Odense',
  'Vejle',
  'Esbjerg',
  'Frederiksberg',
  'Randers',
  'Viborg',
  'Silkeborg',
  'Kolding',
  'Horsens',
  'Herning',
  'Roskilde',
  'Næstved',
  'Slagelse',
  'Gentofte',
  'Sønderborg',
  'Holbæk',
  'Gladsaxe',
  'Hjørring',
  'Skanderborg',
  'Helsingør',
  'Køge',
  'Guldborgsund',
  'Frederikshavn',
  'Svendborg',
  'Holstebro',
  'Aabenraa',
  'Ringkøbing-Skjern',
  'Rudersdal',
  'Lyngby-Taarbæk',
  'Haderslev',
  'Hillerød',
  'Faaborg-Midtfyn',
  'Kalundborg',
  'Fredericia',
  'Ballerup',
  'Høje-Taastrup',
  'Mariagerfjord',
  'Favrskov',
  'Vordingborg',
  'Frederikssund',
  'Hedensted',
  'Egedal',
  'Greve',
  'Syddjurs',
  'Varde',
  'Ikast-Brande',
  'Skive',
  'Thisted',
  'Norddjurs',
  'Tønder',
  'Hvidovre',
  'Vesthimmerland',
  'Rødovre',
  'Assens',
  'Furesø',
  'Middelfart',
  'Jammerbugt',
  'Gribskov',
  'Fredensborg',
  'Lolland',
  'Brøndby',
  'Faxe',
  'Nyborg',
  'Odsherred',
  'Tårnby',
  'Ringsted',
  'Herlev',
  'Nordfyns',
  'Sorø',
  'Struer',
  'Kerteminde',
  'Lejre',
  'Stevns',
  'Rebild',
  'Billund',
  'Halsnæs',
  'Albertslund',
  'Odder',
  'Allerød',
  'Brønderslev',
  'Glostrup',
  'Vallensbæk',
  'Lemvig',
  'Morsø',
  'Ishøj',
  'Dragør',
  'Solrød',
  'Langeland',
  'Bornholm',
  'Vejen',
  'Samsø',
  'Ærø',
  'Fanø',
  'Læsø',
  'Esbjerg Syd',
];

export const DEPARTMENTS = ['Sundhed og Omsorg', 'Social og Beskæftigelse', 'Børn og Unge', 'Kultur og Borgerservice', 'Teknik og Miljø'];

export const NETWORKS = ['VT Syd', 'VT Nord', 'Velfærdsteknologi Øst', 'Midtjysk Velfærdsteknologi', 'Fyn Tech'];

/** Technology themes the applications and catalogue entries are written about. */
export const THEMES = [
  {
    title: 'Robotstøvsugere i plejeboliger',
    tech: 'Autonome gulvrengøringsrobotter med ladestation',
    need: 'Personalet bruger meget tid på gulvrengøring i boligerne.',
  },
  {
    title: 'Skærmbesøg i hjemmeplejen',
    tech: 'Videoopkald på tablet til borgerens hjem',
    need: 'Mange korte tilsynsbesøg kræver transport uden at kræve fysisk hjælp.',
  },
  {
    title: 'Elektronisk medicindispenser',
    tech: 'Dispenser der doserer og minder om medicin',
    need: 'Borgere glemmer medicin, og hjemmeplejen kører ud for at give den.',
  },
  { title: 'Vasketoiletter', tech: 'Toiletter med skylle- og tørrefunktion', need: 'Borgere er afhængige af hjælp til toiletbesøg.' },
  { title: 'Loftlifte i alle boliger', tech: 'Skinnebaserede loftlifte', need: 'Forflytninger giver belastende arbejdsstillinger.' },
  { title: 'GPS-alarmer til borgere med demens', tech: 'Bærbar GPS-enhed med geofence', need: 'Borgere med demens farer vild, og pårørende er utrygge.' },
  { title: 'Sensorer mod tryksår', tech: 'Trykfølsomme madrasser med alarm', need: 'Tryksår opdages for sent hos sengeliggende borgere.' },
  { title: 'Digital træning efter udskrivelse', tech: 'Træningsapp med videovejledning', need: 'Genoptræning afbrydes, når borgeren kommer hjem.' },
  { title: 'Spiserobot', tech: 'Robotarm der hjælper med at spise', need: 'Borgere med nedsat armfunktion skal mades af personalet.' },
  { title: 'Akustisk tilsyn om natten', tech: 'Lydsensorer der alarmerer ved uro', need: 'Natlige tilsyn vækker borgerne unødigt.' },
  { title: 'Virtuel virkelighed i genoptræning', tech: 'VR-briller med træningsforløb', need: 'Motivationen for genoptræning er lav hos mange.' },
  { title: 'Automatisk dørbetjening', tech: 'Dørautomatik med nøglebrik', need: 'Kørestolsbrugere kan ikke selv åbne døre.' },
];
