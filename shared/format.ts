/**
 * Indonesian number, money and date formatting, shared by the screens and the documents.
 */
const integer = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** `Rp1.250.000.000`: no space, dot thousands. Money is always whole rupiah. */
export function formatRupiah(amount: number): string {
  return `Rp${integer.format(Math.round(amount))}`;
}

/** Numbers as Indonesians write them: `1.250,5`. */
export function formatNumber(value: number, language: 'id' | 'en' = 'id'): string {
  return language === 'en'
    ? new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value)
    : decimal.format(value);
}

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `22 November 2026` from a plain `YYYY-MM-DD` or an ISO instant (read in UTC+7, WIB). */
export function formatDate(value: string, language: 'id' | 'en' = 'id'): string {
  let year: number;
  let month: number;
  let day: number;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    [year, month, day] = value.split('-').map(Number) as [number, number, number];
  } else {
    const wib = new Date(new Date(value).getTime() + 7 * 3600_000);
    [year, month, day] = [wib.getUTCFullYear(), wib.getUTCMonth() + 1, wib.getUTCDate()];
  }
  const months = language === 'en' ? MONTHS_EN : MONTHS_ID;
  return `${day} ${months[month - 1]} ${year}`;
}

/**
 * Reads a number typed the Indonesian way (`1.250.000`, `2.643,12`, `12,5`) or plainly
 * (`2643.12`). Returns null for anything else, so the caller can say what is wrong.
 */
export function parseIndonesianNumber(text: string): number | null {
  const s = text.replace(/\s/g, '');
  if (s === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) || /^-?\d+(,\d+)?$/.test(s)) {
    return Number(s.replace(/\./g, '').replace(',', '.'));
  }
  if (/^-?\d+\.\d+$/.test(s)) return Number(s);
  return null;
}
