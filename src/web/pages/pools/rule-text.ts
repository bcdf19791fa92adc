import { countWords, type Bilingual } from '../../../domain/bilingual.js';
import type { EligibilityRule } from '../../../domain/eligibility.js';

/** A configured rule in plain words, with its parameters filled in. */
export function ruleSentence(rule: EligibilityRule): Bilingual {
  switch (rule.kind) {
    case 'minBottomLines': {
      const n = countWords(rule.params.min);
      return {
        da: `Projektet skal skabe værdi på mindst ${n.da} af de tre bundlinjer (borgere, medarbejdere, økonomi).`,
        en: `The project must create value on at least ${n.en} of the three bottom lines (citizens, employees, economy).`,
      };
    }
    case 'requirePrivatePartner': {
      const n = rule.params.min;
      return n === 1
        ? { da: 'Projektet skal have mindst én privat virksomhed med.', en: 'The project must include at least one private company.' }
        : {
            da: `Projektet skal have mindst ${countWords(n).da} private virksomheder med.`,
            en: `The project must include at least ${countWords(n).en} private companies.`,
          };
    }
    case 'requireEffectGoal': {
      const n = rule.params.min;
      return {
        da: `Projektet skal bidrage til mindst ${n === 1 ? 'ét' : countWords(n).da} af puljens effektmål.`,
        en: `The project must contribute to at least ${countWords(n).en} of the pool's effect goals.`,
      };
    }
    case 'economicBottomLinePlus': {
      const n = rule.params.minOthers;
      if (n === 0)
        return {
          da: 'Projektet skal give en bedre udnyttelse af ressourcerne (den økonomiske bundlinje).',
          en: 'The project must make better use of resources (the economic bottom line).',
        };
      return {
        da: `Det økonomiske kriterium (bedre udnyttelse af ressourcerne) skal være opfyldt, og desuden mindst ${n === 1 ? 'ét' : countWords(n).da} af de øvrige: værdi for borgerne eller for medarbejderne.`,
        en: `The economic criterion (better use of resources) must be met, plus at least ${countWords(n).en} of the others: value for citizens or for employees.`,
      };
    }
    case 'requireOperationFinancingPlan':
      return {
        da: 'Ansøgningen skal beskrive, hvordan enheden selv finansierer driften (licenser, reparationer, nyindkøb), når puljens støtte ophører.',
        en: 'The application must describe how the unit will itself finance operation (licences, repairs, new purchases) once the pool stops paying.',
      };
    case 'requireResultGoals': {
      const n = rule.params.min;
      return {
        da: `Projektet skal have mindst ${n === 1 ? 'ét' : countWords(n).da} resultatmål, som det dokumenteres op imod.`,
        en: `The project must have at least ${countWords(n).en} result goal${n === 1 ? '' : 's'} to be documented against.`,
      };
    }
    case 'citizenFacingMustReplaceOrPostpone':
      return {
        da: 'En borgerrettet løsning skal erstatte en eksisterende indsats eller udskyde behovet for hjælp.',
        en: 'A citizen-facing solution must replace an existing effort or postpone the need for support.',
      };
    case 'requireNewSolution':
      return {
        da: 'Løsningen skal være ny (endnu ikke i brug i kommunen) eller en kendt løsning brugt på en ny måde eller et nyt område. Drift af velkendte løsninger støttes ikke.',
        en: 'The solution must be new (not yet in use in the municipality) or a known solution used in a new way or area. Operation of well-known solutions is not funded.',
      };
  }
}
