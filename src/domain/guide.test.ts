import { describe, expect, it } from 'vitest';
import { companyNamesIn, slugify } from './guide.js';

describe('companyNamesIn', () => {
  const names = ['Robo Care ApS', 'Mealtech A/S', 'Lys'];
  it('finds a company named in full, in any case', () => {
    expect(companyNamesIn('Prøv robotten fra ROBO CARE APS på biblioteket', names)).toEqual(['Robo Care ApS']);
  });
  it('finds a company named without its legal form', () => {
    expect(companyNamesIn('Spørg Mealtech om prisen.', names)).toEqual(['Mealtech A/S']);
  });
  it('matches whole words only, and ignores names too short to be a name', () => {
    expect(companyNamesIn('Robotter kan hjælpe. Lyset tænder selv.', names)).toEqual([]);
    expect(companyNamesIn('Spiserobotter fra en leverandør', ['Spise'])).toEqual([]);
  });
});

describe('slugify', () => {
  it('turns a Danish title into a URL name', () => {
    expect(slugify('Svært ved at huske')).toBe('svaert-ved-at-huske');
    expect(slugify('  Nedsat mobilitet!  ')).toBe('nedsat-mobilitet');
  });
});
