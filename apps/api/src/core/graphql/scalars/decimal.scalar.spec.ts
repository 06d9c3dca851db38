import { Kind } from 'graphql';

import { Decimal } from 'decimal.js';

import { DecimalScalar, toDecimalString } from './decimal.scalar';

describe('DecimalScalar', () => {
  const scalar = new DecimalScalar();

  it('serialises pg numeric strings exactly, without trailing zeros', () => {
    expect(scalar.serialize('23594197')).toBe('23594197');
    expect(scalar.serialize('0.81250000')).toBe('0.8125');
    expect(scalar.serialize('75394432.52')).toBe('75394432.52');
    expect(scalar.serialize('-18')).toBe('-18');
  });

  it('serialises decimal.js values and never uses exponent notation', () => {
    expect(scalar.serialize(new Decimal('1e-7'))).toBe('0.0000001');
    expect(toDecimalString(new Decimal('123456789012345678901234.5'))).toBe('123456789012345678901234.5');
  });

  it('rejects values that are not numbers', () => {
    expect(() => scalar.serialize({})).toThrow('Decimal cannot represent object');
    expect(() => scalar.parseValue('abc')).toThrow('Invalid Decimal: abc');
    expect(() => scalar.parseLiteral({ kind: Kind.BOOLEAN, value: true })).toThrow('Decimal must be a string or number literal');
  });

  it('parses string and number literals to canonical strings', () => {
    expect(scalar.parseLiteral({ kind: Kind.STRING, value: '12.50' })).toBe('12.5');
    expect(scalar.parseLiteral({ kind: Kind.INT, value: '7' })).toBe('7');
    expect(scalar.parseValue(3.25)).toBe('3.25');
  });
});
