/**
 * Reading rupiah amounts as Indonesian users type them: `1.250.000`, `Rp 1.250.000`,
 * `1,25 M`, `2,5 miliar`, `750 juta`, `15 rb`. Amounts are whole rupiah. What could mean two
 * different amounts (`1.25`, `1,250`) is refused with a message key under `rupiah.errors.`.
 */
export type RupiahError = 'ambiguous' | 'invalid' | 'fraction' | 'negative' | 'tooLarge';

export type RupiahParse =
  | { ok: true; value: number | null }
  | { ok: false; error: RupiahError; messageKey: `rupiah.errors.${RupiahError}` };

const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^(triliun|t|tn)$/, 1e12],
  [/^(miliar|milyar|m|mlr|b|bn|billion)$/, 1e9],
  [/^(juta|jt|million|mio)$/, 1e6],
  [/^(ribu|rb|k)$/, 1e3],
];

const fail = (error: RupiahError): RupiahParse => ({
  ok: false,
  error,
  messageKey: `rupiah.errors.${error}`,
});

/** Parses a typed amount; an empty text is `{ ok: true, value: null }` (no amount). */
export function parseRupiah(text: string): RupiahParse {
  let s = text.trim().toLowerCase();
  if (s === '' || s === '-') return { ok: true, value: null };
  s = s
    .replace(/^rp\.?\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.startsWith('-')) return fail('negative');
  const match = /^([0-9][0-9.,]*)\s*([a-z]*)\.?$/.exec(s);
  if (!match) return fail('invalid');
  const [, digits, suffix] = match as unknown as [string, string, string];
  let multiplier = 1;
  if (suffix) {
    const entry = MULTIPLIERS.find(([re]) => re.test(suffix));
    if (!entry) return fail('invalid');
    multiplier = entry[1];
  }
  const number = readNumber(digits, multiplier > 1);
  if (!number.ok) return fail(number.error);
  // Work in integers where possible so `1,25 M` is exactly 1.250.000.000.
  const value = Math.round(number.value * multiplier * 1e6) / 1e6;
  if (!Number.isInteger(value)) return fail('fraction');
  if (value > Number.MAX_SAFE_INTEGER) return fail('tooLarge');
  return { ok: true, value };
}

function readNumber(
  s: string,
  withMultiplier: boolean,
): { ok: true; value: number } | { ok: false; error: RupiahError } {
  // Indonesian: dots group thousands, a comma starts the decimals.
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) || /^\d+(,\d+)?$/.test(s)) {
    const [whole, decimals] = s.split(',') as [string, string | undefined];
    const base = Number(whole.replace(/\./g, ''));
    if (decimals === undefined) return { ok: true, value: base };
    // `1,250` without a unit could be an English thousand or one and a quarter rupiah.
    if (!withMultiplier && decimals.length === 3 && !whole.includes('.'))
      return { ok: false, error: 'ambiguous' };
    return { ok: true, value: base + Number(`0.${decimals}`) };
  }
  // A dot that does not group thousands (`1.25`) or commas grouping (`1,250,000`): two readings.
  if (/^\d+\.\d+$/.test(s) || /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s))
    return { ok: false, error: 'ambiguous' };
  return { ok: false, error: 'invalid' };
}

/** The digits of an amount for an input field: `1.250.000` (no currency sign). */
export function formatRupiahInput(value: number | null): string {
  if (value === null) return '';
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(value);
}

/** A short amount for charts and tight cells: `1,25 M`, `750 jt` (id) or `1.25 bn` (en). */
export function formatRupiahShort(value: number, language: 'id' | 'en' = 'id'): string {
  const units: Array<[number, string, string]> = [
    [1e12, 'T', 'tn'],
    [1e9, 'M', 'bn'],
    [1e6, 'jt', 'm'],
    [1e3, 'rb', 'k'],
  ];
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  for (const [size, id, en] of units)
    if (Math.abs(value) >= size)
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value / size)} ${language === 'en' ? en : id}`;
  return new Intl.NumberFormat(locale).format(value);
}
