/**
 * Page labels: front matter in lower-case roman numerals (the cover unnumbered), chapters in
 * arabic numerals from 1. pdfmake numbers pages physically, so once the layout is done (its
 * footer callback runs after layout and before rendering) the tracked heading and caption nodes
 * get their printed label, which the Daftar Isi, Daftar Tabel and Daftar Gambar then show.
 */

interface Positioned {
  positions?: Array<{ pageNumber: number | string }>;
}

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

export class PageLabels {
  private firstChapter: Positioned | null = null;
  private readonly tracked: Positioned[] = [];
  private firstArabicPage: number | null = null;

  /** @param withFrontMatter roman front matter and an unnumbered cover (false: arabic throughout). */
  constructor(private readonly withFrontMatter: boolean) {}

  chapterStart(node: unknown) {
    this.firstChapter ??= node as Positioned;
  }

  track(node: unknown) {
    this.tracked.push(node as Positioned);
  }

  /** Once, after layout: fixes the first arabic page and relabels the tracked nodes. */
  resolve() {
    if (this.firstArabicPage !== null) return;
    if (!this.withFrontMatter) {
      this.firstArabicPage = 1;
      return;
    }
    const first = this.firstChapter?.positions?.[0]?.pageNumber;
    this.firstArabicPage = typeof first === 'number' ? first : Number.POSITIVE_INFINITY;
    for (const node of this.tracked) {
      const pos = node.positions?.[0];
      if (!pos || typeof pos.pageNumber !== 'number') continue;
      node.positions![0] = { ...pos, pageNumber: this.labelOf(pos.pageNumber) ?? '' };
    }
  }

  /** The printed label of a physical page, or null for the cover. */
  labelOf(page: number): string | null {
    const first = this.firstArabicPage ?? 1;
    if (!this.withFrontMatter) return String(page);
    if (page >= first) return String(page - first + 1);
    if (page === 1) return null;
    return toRoman(page).toLowerCase();
  }
}
