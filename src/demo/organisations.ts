/**
 * The demo organisations: the seven municipalities of the source documents with their departments,
 * and a person's name for each demo login `<role>@<org>.demo` (the e-mails stay role-shaped so they
 * are easy to remember; the names look like people so pages read as they will in use).
 */
export const demoRoles = {
  ansoeger: 'applicant',
  sekretariat: 'secretariat',
  bedoemmer: 'reviewer',
  raad: 'decision_body',
  oekonomi: 'finance',
  admin: 'admin',
} as const;
export type DemoRolePrefix = keyof typeof demoRoles;

export interface DemoOrganisation {
  slug: string;
  name: string;
  municipalityCode: string;
  departments: string[];
  /** Person names per role prefix. */
  people: Record<DemoRolePrefix, string>;
}

export const demoOrganisations = [
  {
    slug: 'aarhus',
    name: 'Aarhus Kommune',
    municipalityCode: '751',
    departments: [
      'Sundhed og Omsorg',
      'Sociale Forhold og Beskæftigelse',
      'Børn og Unge',
      'Kultur og Borgerservice',
      'Teknik og Miljø',
      'Borgmesterens Afdeling',
    ],
    people: {
      ansoeger: 'Mette Kjær Andersen',
      sekretariat: 'Jonas Bech Lauridsen',
      bedoemmer: 'Anne-Marie Holm',
      raad: 'Henrik Søgaard',
      oekonomi: 'Camilla Dahl Nørgaard',
      admin: 'Peter Vestergaard',
    },
  },
  {
    slug: 'vejle',
    name: 'Vejle Kommune',
    municipalityCode: '630',
    departments: ['Velfærd', 'Kultur & Sundhed', 'Børn & Unge', 'Job & Uddannelse', 'Teknik & Miljø', 'Økonomi & Personale'],
    people: {
      ansoeger: 'Louise Brandt Pedersen',
      sekretariat: 'Rasmus Thygesen',
      bedoemmer: 'Hanne Mikkelsen',
      raad: 'Jens Ole Kristensen',
      oekonomi: 'Sofie Lund Jeppesen',
      admin: 'Thomas Iversen',
    },
  },
  {
    slug: 'horsens',
    name: 'Horsens Kommune',
    municipalityCode: '615',
    departments: ['Job og Velfærd', 'Sundhed og Omsorg', 'Børn og Unge', 'By og Erhverv', 'Økonomi og Styring'],
    people: {
      ansoeger: 'Maria Skov Johansen',
      sekretariat: 'Kasper Bundgaard',
      bedoemmer: 'Lene Frederiksen',
      raad: 'Bent Overgaard',
      oekonomi: 'Julie Damgaard',
      admin: 'Martin Riis',
    },
  },
  {
    slug: 'aabenraa',
    name: 'Aabenraa Kommune',
    municipalityCode: '580',
    departments: ['Social og Sundhed', 'Børn og Skole', 'Teknik og Miljø'],
    people: {
      ansoeger: 'Karen Hansen Petersen',
      sekretariat: 'Morten Schmidt',
      bedoemmer: 'Birgitte Jessen',
      raad: 'Erik Lorenzen',
      oekonomi: 'Signe Christiansen',
      admin: 'Anders Paulsen',
    },
  },
  {
    slug: 'haderslev',
    name: 'Haderslev Kommune',
    municipalityCode: '510',
    departments: ['Social og Sundhed', 'Børn og Familie', 'Teknik og Miljø'],
    people: {
      ansoeger: 'Pia Nissen',
      sekretariat: 'Lars Thomsen',
      bedoemmer: 'Helle Bonde',
      raad: 'Niels Jørgen Clausen',
      oekonomi: 'Trine Hollesen',
      admin: 'Søren Kock',
    },
  },
  {
    slug: 'soenderborg',
    name: 'Sønderborg Kommune',
    municipalityCode: '540',
    departments: ['Sundhed og Omsorg', 'Børn og Uddannelse', 'Teknik og Miljø'],
    people: {
      ansoeger: 'Dorthe Lassen',
      sekretariat: 'Michael Jacobsen',
      bedoemmer: 'Inge Møller',
      raad: 'Frank Asmussen',
      oekonomi: 'Nanna Brodersen',
      admin: 'Kim Andresen',
    },
  },
  {
    slug: 'toender',
    name: 'Tønder Kommune',
    municipalityCode: '550',
    departments: ['Social og Sundhed', 'Børn og Skole', 'Teknik og Miljø'],
    people: {
      ansoeger: 'Rikke Dall',
      sekretariat: 'Jesper Carstensen',
      bedoemmer: 'Gitte Ebsen',
      raad: 'Hans Peter Feddersen',
      oekonomi: 'Marianne Lund',
      admin: 'Ole Bertelsen',
    },
  },
] as const satisfies readonly DemoOrganisation[];

export const demoOrgs = demoOrganisations.map((o) => o.slug);

/** VT Syd: the network of the four Southern Jutland municipalities. */
export const vtSyd = {
  slug: 'vtsyd',
  name: 'VT Syd',
  description:
    'Netværk for velfærdsteknologi mellem Aabenraa, Haderslev, Sønderborg og Tønder kommuner med UdviklingsRåd Sønderjylland (URS). ' +
    'Styregruppen består af de fire sundhedsdirektører og URS. Netværket koordinerer opstarten af projekter og opbygger en fælles ' +
    'erfaringsplatform for struktureret implementering af velfærdsteknologi på tværs af de fire kommuner.',
  members: ['aabenraa', 'haderslev', 'soenderborg', 'toender'],
  coordinator: { email: 'koordinator@vtsyd.demo', name: 'Birthe Hollensen' },
} as const;
