import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatRupiah, parseIndonesianNumber } from './format';

describe('Indonesian formats', () => {
  it('writes rupiah without a space, with dot thousands', () => {
    expect(formatRupiah(1_250_000_000)).toBe('Rp1.250.000.000');
    expect(formatRupiah(0)).toBe('Rp0');
  });

  it('writes numbers with dot thousands and comma decimals', () => {
    expect(formatNumber(2643.12)).toBe('2.643,12');
    expect(formatNumber(2643.12, 'en')).toBe('2,643.12');
  });

  it('writes dates as "22 November 2026", in WIB for instants', () => {
    expect(formatDate('2026-11-22')).toBe('22 November 2026');
    expect(formatDate('2024-06-05', 'id')).toBe('5 Juni 2024');
    expect(formatDate('2024-06-05', 'en')).toBe('5 June 2024');
    expect(formatDate('2026-11-21T18:00:00.000Z')).toBe('22 November 2026');
  });

  it('reads numbers typed the Indonesian way or plainly, and refuses the rest', () => {
    expect(parseIndonesianNumber('1.250.000')).toBe(1_250_000);
    expect(parseIndonesianNumber('2.643,12')).toBe(2643.12);
    expect(parseIndonesianNumber('12,5')).toBe(12.5);
    expect(parseIndonesianNumber('2643.12')).toBe(2643.12);
    expect(parseIndonesianNumber(' 275 603 ')).toBe(275603);
    expect(parseIndonesianNumber('dua ratus')).toBeNull();
    expect(parseIndonesianNumber('1.25.0')).toBeNull();
    expect(parseIndonesianNumber('')).toBeNull();
  });
});
