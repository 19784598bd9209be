import { describe, expect, it } from 'vitest';
import { formatRupiah } from './format';
import { formatRupiahInput, formatRupiahShort, parseRupiah } from './rupiah';

const value = (text: string) => {
  const r = parseRupiah(text);
  return r.ok ? r.value : r.error;
};

describe('rupiah input', () => {
  it('reads what Indonesian users type', () => {
    expect(value('1.250.000')).toBe(1_250_000);
    expect(value('1250000')).toBe(1_250_000);
    expect(value('Rp 1.250.000')).toBe(1_250_000);
    expect(value('Rp1.250.000.000')).toBe(1_250_000_000);
    expect(value('rp. 5.000')).toBe(5_000);
    expect(value('1,25 M')).toBe(1_250_000_000);
    expect(value('1,25M')).toBe(1_250_000_000);
    expect(value('2,5 miliar')).toBe(2_500_000_000);
    expect(value('2,5 milyar')).toBe(2_500_000_000);
    expect(value('750 juta')).toBe(750_000_000);
    expect(value('750 jt')).toBe(750_000_000);
    expect(value('15 rb')).toBe(15_000);
    expect(value('1 T')).toBe(1_000_000_000_000);
    expect(value('1.250.000,00')).toBe(1_250_000);
    expect(value('1.250')).toBe(1_250);
    expect(value('  ')).toBeNull();
  });

  it('refuses what could mean two amounts, and says why', () => {
    expect(value('1.25')).toBe('ambiguous');
    expect(value('1,250')).toBe('ambiguous');
    expect(value('1,250,000')).toBe('ambiguous');
    expect(value('1.25 M')).toBe('ambiguous');
    expect(parseRupiah('1.25')).toMatchObject({ ok: false, messageKey: 'rupiah.errors.ambiguous' });
  });

  it('refuses fractions of a rupiah, negatives and nonsense', () => {
    expect(value('1,5')).toBe('fraction');
    expect(value('1.250.000,50')).toBe('fraction');
    expect(value('-5.000')).toBe('negative');
    expect(value('lima juta')).toBe('invalid');
    expect(value('5 dolar')).toBe('invalid');
    expect(value('1.2.3')).toBe('invalid');
    expect(value('99999999 T')).toBe('tooLarge');
  });

  it('formats amounts for fields, tables and charts', () => {
    expect(formatRupiah(1_250_000_000)).toBe('Rp1.250.000.000');
    expect(formatRupiahInput(1_250_000_000)).toBe('1.250.000.000');
    expect(formatRupiahInput(null)).toBe('');
    expect(formatRupiahShort(1_250_000_000)).toBe('1,25 M');
    expect(formatRupiahShort(750_000_000)).toBe('750 jt');
    expect(formatRupiahShort(1_250_000_000, 'en')).toBe('1.25 bn');
    // round trip
    expect(value(formatRupiah(987_654_321))).toBe(987_654_321);
  });
});
