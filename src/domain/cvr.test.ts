import { describe, expect, it } from 'vitest';
import { cvrSchema, isValidCvr } from './cvr.js';

describe('isValidCvr', () => {
  // weights 2,7,6,5,4,3,2,1
  it.each([
    '55133018', // 5·2+5·7+1·6+3·5+3·4+0·3+1·2+8·1 = 10+35+6+15+12+0+2+8 = 88 = 8·11
    '64942212', // 12+28+54+20+8+6+2+2 = 132 = 12·11
    '29189846', // 4+63+6+40+36+24+8+6 = 187 = 17·11
    '29189900', // 4+63+6+40+36+27+0+0 = 176 = 16·11
    '10150817', // 2+0+6+25+0+24+2+7 = 66 = 6·11
  ])('accepts %s', (cvr) => {
    expect(isValidCvr(cvr)).toBe(true);
  });

  it.each([
    '55133019', // 88 − 8 + 9 = 89, 89 mod 11 = 1
    '29189847', // 187 + 1 = 188, mod 11 = 1
    '12345678', // 2+14+18+20+20+18+14+8 = 114, mod 11 = 4
    '05133018', // leading zero (also 0+35+6+15+12+0+2+8 = 78, mod 11 = 1)
    '00000000', // sum 0 but first digit 0
    '5513301', // 7 digits
    '551330180', // 9 digits
    '5513301a',
    '55 13 30 18',
    ' 55133018',
    '',
  ])('rejects %j', (cvr) => {
    expect(isValidCvr(cvr)).toBe(false);
  });
});

describe('cvrSchema', () => {
  it('parses a valid CVR and trims', () => {
    expect(cvrSchema.parse(' 55133018 ')).toBe('55133018');
  });
  it('gives the Danish message', () => {
    const r = cvrSchema.safeParse('12345678');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('CVR-nummeret skal være 8 cifre og bestå kontrollen (modulus 11)');
    const r2 = cvrSchema.safeParse(12345678);
    expect(r2.error?.issues[0]?.message).toBe('CVR-nummeret skal være 8 cifre og bestå kontrollen (modulus 11)');
  });
});
