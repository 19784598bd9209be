/**
 * Reads the generated PDFs as a reader (pdftotext, pdfinfo) would: the Daftar Isi points to the
 * right pages, captions are numbered per chapter, money and dates are formatted, no placeholder
 * leaks, empty parts produce no pages.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../shared/plan-document';
import { RESOURCES_DIR, tempDir } from '../../test/helpers';
import { loadReference } from '../reference/reference.loader';
import { renderBooks, type BookId, type RenderOptions } from './index';

const ref = loadReference(RESOURCES_DIR).data;
const demo = JSON.parse(
  fs.readFileSync(path.join(RESOURCES_DIR, 'demo/manggarai-timur.json'), 'utf8'),
) as PlanDocument;
const dir = tempDir('rancang-pdf-');

async function render(doc: PlanDocument, options: RenderOptions): Promise<Record<string, string>> {
  const books = await renderBooks(doc, ref, options);
  const files: Record<string, string> = {};
  for (const b of books) {
    const file = path.join(dir, `${b.book}-${options.paper ?? 'a4'}-${Math.random()}.pdf`);
    fs.writeFileSync(file, b.bytes);
    files[b.book] = file;
  }
  return files;
}

function pages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

function info(file: string): string {
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}

/** The printed page label in the footer (last token of the last non-empty line). */
function label(page: string): string | null {
  const lines = page.split('\n').filter((l) => l.trim() !== '');
  const last = lines[lines.length - 1]?.trim() ?? '';
  const m = /\s(\d+|[ivxlc]+)$/.exec(last);
  return m ? m[1]! : null;
}

/** Pixels clearly red on one page rendered small (the DRAF watermark is red). */
function reddishPixels(file: string, page: number): number {
  const base = path.join(dir, `px-${Math.random()}`);
  execFileSync('pdftoppm', ['-r', '20', '-f', String(page), '-l', String(page), file, base]);
  const ppm = fs.readdirSync(dir).find((f) => f.startsWith(path.basename(base)))!;
  const data = fs.readFileSync(path.join(dir, ppm));
  // P6 header: magic, width, height, maxval, each followed by whitespace.
  let offset = 0;
  for (let fields = 0; fields < 4; offset++)
    if (/\s/.test(String.fromCharCode(data[offset]!))) fields++;
  let n = 0;
  for (let i = offset; i + 2 < data.length; i += 3)
    if (data[i]! > data[i + 1]! + 5 && data[i]! > data[i + 2]! + 5) n++;
  return n;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Entries of a front list (Daftar Isi, Daftar Tabel or Daftar Gambar): [text, label] read from
 * its pages, which end where the next list or the first chapter begins.
 */
function listEntries(all: string[], title: RegExp): Array<{ text: string; label: string }> {
  const start = all.findIndex((p) => title.test(p));
  if (start < 0) return [];
  const entries: Array<{ text: string; label: string }> = [];
  for (let i = start; i < all.length; i++) {
    const page = all[i]!;
    if (i > start && !page.includes('   ') /* no dotless columns */) break;
    if (
      i > start &&
      /^\s*(DAFTAR (ISI|TABEL|GAMBAR)|LIST OF|TABLE OF|BAB I |CHAPTER I )/m.test(page)
    )
      break;
    const lines = page.split('\n').slice(0, -2);
    for (const line of lines) {
      const m = /^\s*(\S.*?\S)\s{2,}(\d+|[ivxlc]+)\s*$/.exec(line);
      if (m && !/^Buku|^Book|·/.test(m[1]!)) entries.push({ text: m[1]!, label: m[2]! });
    }
  }
  return entries;
}

const tocEntries = (all: string[]) => listEntries(all, /^\s*(DAFTAR ISI|TABLE OF CONTENTS)\s*$/m);

/** Checks that every entry names a heading or caption printed on the page it gives. */
function expectEntriesOnTheirPages(
  all: string[],
  entries: Array<{ text: string; label: string }>,
  what: string,
) {
  const byLabel = new Map<string | null, string[]>();
  for (const p of all) byLabel.set(label(p), [...(byLabel.get(label(p)) ?? []), p]);
  for (const e of entries) {
    // A perbup prints its regulation pages and its Lampiran with one arabic sequence.
    const candidates = byLabel.get(e.label);
    expect(candidates, `${what}: ${e.text} → ${e.label}`).toBeDefined();
    expect(
      candidates!.some((p) => squash(p).includes(squash(e.text).slice(0, 40))),
      `${what}: ${e.text} → ${e.label}`,
    ).toBe(true);
  }
}

/** The document outline (bookmarks): top-level titles and their physical pages. */
function outline(file: string): Array<{ title: string; page: number }> {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-f', '1', '-l', '1', file], {
    encoding: 'utf8',
  });
  const body = xml.slice(xml.indexOf('<outline>') + '<outline>'.length);
  const items: Array<{ title: string; page: number }> = [];
  let depth = 0;
  for (const m of body.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') depth++;
    else if (m[0] === '</outline>') depth--;
    else if (depth === 0) items.push({ title: m[2]!.replace(/&amp;/g, '&'), page: Number(m[1]) });
    if (depth < 0) break;
  }
  return items;
}

describe('the formal documents of the demo plan', () => {
  let a4: Record<string, string>;
  let f4: Record<string, string>;
  beforeAll(async () => {
    a4 = await render(demo, { paper: 'a4', lang: 'id' });
    f4 = await render(demo, { paper: 'f4', lang: 'id' });
  }, 180_000);

  it('writes five PDFs with the regency as author, A4 pages and embedded fonts', () => {
    expect(Object.keys(a4).sort()).toEqual(['buku1', 'buku2', 'buku3', 'perbup', 'ringkasan']);
    for (const file of Object.values(a4)) {
      const i = info(file);
      expect(i).toMatch(/Author:\s+Kabupaten Manggarai Timur/);
      expect(i).toMatch(/Page size:\s+595\.28 x 841\.89 pts/);
      expect(i).toMatch(/Title:\s+.*Masterplan Smart City/);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      expect(fonts).toMatch(/Roboto/);
      expect(
        fonts
          .split('\n')
          .slice(2)
          .filter((l) => l.trim() && !/ yes /.test(l)),
      ).toEqual([]);
      const raw = fs.readFileSync(file).toString('latin1');
      expect(raw).toContain('/Outlines');
      expect(raw).toContain('/Lang (id-ID)');
    }
  });

  it('has every Daftar Isi, Daftar Tabel and Daftar Gambar entry on the page it names (A4, F4)', () => {
    for (const [paper, files] of [
      ['a4', a4],
      ['f4', f4],
    ] as const) {
      for (const book of ['buku1', 'buku2', 'buku3', 'ringkasan', 'perbup'] as BookId[]) {
        const all = pages(files[book]!);
        const what = `${book} ${paper}`;
        const contents = tocEntries(all);
        expect(contents.length, what).toBeGreaterThan(5);
        expect(
          contents.some((e) => e.text === 'BAB I PENDAHULUAN'),
          what,
        ).toBe(true);
        if (book !== 'perbup')
          expect(contents.find((e) => e.text === 'BAB I PENDAHULUAN')!.label, what).toBe('1');
        expectEntriesOnTheirPages(all, contents, what);
        if (book === 'perbup') continue;
        const tables = listEntries(all, /^\s*DAFTAR TABEL\s*$/m).filter((e) =>
          /^Tabel /.test(e.text),
        );
        expect(tables.length, what).toBeGreaterThan(0);
        expectEntriesOnTheirPages(all, tables, `${what} tables`);
        const figures = listEntries(all, /^\s*DAFTAR GAMBAR\s*$/m).filter((e) =>
          /^Gambar /.test(e.text),
        );
        expect(figures.length, what).toBeGreaterThan(0);
        expectEntriesOnTheirPages(all, figures, `${what} figures`);
      }
    }
  });

  it('has an outline (bookmarks) with the chapters, each pointing at its page', () => {
    for (const book of ['buku1', 'buku2', 'buku3', 'ringkasan', 'perbup'] as BookId[]) {
      const all = pages(a4[book]!);
      // Chapters open a page: the first line of the page is the heading.
      const chapters = all
        .map(
          (p) =>
            p
              .split('\n')
              .find((l) => l.trim() !== '')
              ?.trim() ?? '',
        )
        // (not a Daftar Isi page that happens to begin with a chapter's entry)
        .filter((l) => /^BAB [IVXL]+ \S/.test(l) && !/\s{2,}\S+$/.test(l));
      const marks = outline(a4[book]!);
      expect(
        marks.map((m) => m.title).filter((t) => t.startsWith('BAB ')),
        book,
      ).toEqual(chapters);
      for (const m of marks)
        expect(squash(all[m.page - 1]!), `${book}: ${m.title}`).toContain(squash(m.title));
    }
  });

  it('leaves no heading or caption at a page foot and never opens a page with a source line', () => {
    for (const [paper, files] of [
      ['a4', a4],
      ['f4', f4],
    ] as const) {
      for (const [book, file] of Object.entries(files)) {
        pages(file).forEach((page, i) => {
          const body = page
            .split('\n')
            .filter((l) => l.trim() !== '')
            .slice(0, -1)
            .map((l) => l.trim());
          if (body.length === 0) return;
          const where = `${book} ${paper} page ${i + 1}`;
          const last = body[body.length - 1]!;
          // A Daftar Isi line ends in its page number; a heading or caption has none.
          if (!/\s{3,}\S+$/.test(last))
            expect(last, where).not.toMatch(
              /^(\d+\.\d+(\.\d+)? \S|Tabel \d+\.\d+ |Gambar \d+\.\d+ |Pasal \d+$)/,
            );
          expect(body[0], where).not.toMatch(/^Sumber:/);
        });
      }
    }
  });

  it('numbers front matter in roman and chapters in arabic numerals from 1', () => {
    const all = pages(a4.buku1!);
    expect(label(all[0]!)).toBeNull(); // the cover
    expect(label(all[1]!)).toBe('ii');
    const bab1 = all.findIndex((p) => /^\s*BAB I PENDAHULUAN\s*$/m.test(p));
    expect(label(all[bab1]!)).toBe('1');
    expect(label(all[bab1 - 1]!)).toMatch(/^[ivx]+$/);
  });

  it('numbers table and figure captions consecutively per chapter, each with a source', () => {
    for (const book of ['buku1', 'buku2', 'buku3', 'ringkasan'] as BookId[]) {
      const all = pages(a4[book]!);
      const body = all.slice(all.findIndex((p) => label(p) === '1'));
      for (const word of ['Tabel', 'Gambar']) {
        const seen = new Map<number, number[]>();
        for (const m of body
          .join('\n')
          .matchAll(new RegExp(`^\\s*${word} (\\d+)\\.(\\d+) \\S`, 'gm'))) {
          const chapter = Number(m[1]);
          seen.set(chapter, [...(seen.get(chapter) ?? []), Number(m[2])]);
        }
        for (const [chapter, numbers] of seen)
          expect(numbers, `${book} ${word} ${chapter}`).toEqual(numbers.map((_, i) => i + 1));
        if (word === 'Tabel') expect(seen.size, book).toBeGreaterThan(0);
      }
      expect(body.join('\n')).toMatch(/Sumber: /);
    }
  });

  it('formats rupiah and dates the Indonesian way and leaks no placeholder', () => {
    const text = Object.values(a4)
      .map((f) => pages(f).join('\n'))
      .join('\n');
    expect(text).toMatch(/Rp\d{1,3}(\.\d{3})+\b/);
    expect(text).not.toMatch(/Rp \d|Rp\d+,\d{3}/);
    expect(text).toContain('Borong, 5 Juni 2024');
    for (const bad of [
      'undefined',
      'null',
      'NaN',
      '{{',
      'books.',
      '[object',
      'Infinity',
      'TODO',
      'Lorem',
    ])
      expect(text, bad).not.toContain(bad);
  });

  it('writes the draft regulation with its articles and the masterplan as Lampiran', () => {
    const text = squash(pages(a4.perbup!).join('\n'));
    for (const part of [
      'BUPATI MANGGARAI TIMUR',
      'PROVINSI NUSA TENGGARA TIMUR',
      'DENGAN RAHMAT TUHAN YANG MAHA ESA',
      'Menimbang',
      'Mengingat',
      'MEMUTUSKAN',
      'Pasal 1',
      'Ditetapkan di Borong',
      'LAMPIRAN',
      'BAB II VISI, MISI DAN TUJUAN SMART CITY',
    ])
      expect(text, part).toContain(part);
  });
});

describe('options and empty plans', () => {
  it('prints F4 pages, the DRAF watermark and an English edition', async () => {
    const files = await render(demo, {
      paper: 'f4',
      draft: true,
      lang: 'en',
      books: ['ringkasan'],
    });
    const i = info(files.ringkasan!);
    expect(i).toMatch(/Page size:\s+609\.45 x 935\.43 pts/);
    const text = pages(files.ringkasan!).join('\n');
    // The watermark is drawn, not text (search and copy stay clean): look at the page.
    expect(reddishPixels(files.ringkasan!, 2)).toBeGreaterThan(50);
    const clean = await render(demo, { paper: 'f4', lang: 'en', books: ['ringkasan'] });
    expect(reddishPixels(clean.ringkasan!, 2)).toBe(0);
    expect(text).toContain('TABLE OF CONTENTS');
    expect(text).toContain('CHAPTER I INTRODUCTION');
    expect(i).toMatch(/Title:\s+Executive Summary — Smart City Masterplan/);
    expect(fs.readFileSync(files.ringkasan!).toString('latin1')).toContain('/Lang (en-US)');
  }, 60_000);

  it('grows with content: a plan without programmes has fewer pages and no empty chapters', async () => {
    const bare: PlanDocument = {
      ...demo,
      programmes: [],
      quickWins: [],
      budgets: [],
      scores: [],
      indicators: demo.indicators.filter((i) => i.programmeId === null),
    };
    const full = await render(demo, { books: ['buku2', 'buku3'] });
    const empty = await render(bare, { books: ['buku2', 'buku3'] });
    const count = (f: string) => Number(/Pages:\s+(\d+)/.exec(info(f))![1]);
    expect(count(empty.buku2!)).toBeLessThan(count(full.buku2!));
    expect(count(empty.buku3!)).toBeLessThan(count(full.buku3!) / 2);
    const text = pages(empty.buku2!).join('\n');
    expect(text).not.toContain('STRATEGI DAN PROGRAM');
    expect(text).not.toContain('Jangka Pendek');
    const nothing: PlanDocument = {
      ...bare,
      rpjmd: null,
      rpjmdItems: [],
      indicators: [],
      statements: [],
      subDimensions: [],
      swot: [],
      strategicIssues: [],
      criteria: [],
      team: [],
      documentSettings: null,
    };
    const blank = await render(nothing, {});
    // A nearly empty plan gives short books and never a page with only a heading on it.
    for (const [book, file] of Object.entries(blank)) {
      const all = pages(file);
      expect(all.length, book).toBeLessThanOrEqual(book === 'perbup' ? 12 : 10);
      for (const p of all.slice(1)) {
        const lines = p.split('\n').filter((l) => l.trim() !== '');
        expect(lines.length, `${book}: ${p}`).toBeGreaterThan(2);
      }
    }
    const blankText = pages(blank.buku3!).join('\n');
    expect(blankText).not.toContain('PROFIL QUICK WIN');
    expect(blankText).not.toContain('REGISTER RISIKO');
    expect(blankText).not.toContain('KATA PENGANTAR');
    expect(count(blank.ringkasan!)).toBeLessThanOrEqual(4);
    // Every body page carries more than a heading and the footer.
    for (const p of pages(empty.buku3!).slice(1)) {
      const lines = p.split('\n').filter((l) => l.trim() !== '');
      expect(lines.length, p).toBeGreaterThan(2);
    }
  }, 60_000);
});
