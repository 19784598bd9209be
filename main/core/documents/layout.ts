/**
 * Book → pdfmake document definition: formal Indonesian government layout. Cover, Lembar
 * Pengesahan, Kata Pengantar, Daftar Isi/Tabel/Gambar in roman page numbers, then chapters
 * "BAB I …" in arabic numbers, numbered sections, captions numbered per chapter.
 */
import type {
  Content,
  ContentStack,
  ContentTable,
  TDocumentDefinitions,
  TableCell,
} from 'pdfmake/interfaces';
import type { Block, Book, Cell, Chapter, DocLanguage, Paper, Section } from './model';
import { pruneChapters } from './model';
import { PageLabels, toRoman } from './page-labels';

export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  // F4 / Folio: 215 × 330 mm.
  f4: { width: 609.45, height: 935.43 },
};

export interface LayoutStrings {
  approval: string;
  approvedAt: string;
  approvedOn: string;
  foreword: string;
  contents: string;
  tables: string;
  figures: string;
  chapter: string;
  table: string;
  figure: string;
  source: string;
  page: string;
  nip: string;
  government: string;
  lampiran: string;
  continued: string;
}

export interface LayoutOptions {
  paper: Paper;
  draft: boolean;
  language: DocLanguage;
  strings: LayoutStrings;
  /** The regency, for the metadata's author. */
  author: string;
  subject: string;
  draftMark: string;
  /**
   * Tails (last rows and source line, numbered in order) that a first layout pushed onto a page
   * of their own: they start that page with the table's header, as a continuation would.
   */
  headedTails?: ReadonlySet<number>;
}

/** Where the tails of a laid-out book landed; read after rendering. */
export interface TailProbe {
  /** The tails that start at the top of a page (without the header a continuation shows). */
  moved(): number[];
}

const MARGINS: [number, number, number, number] = [85, 68, 68, 72];
const BODY = 11;
/** The dot leader's lift in the Daftar Isi rows (render.ts's 'leader' layout pads by it). */
const LEADER_LIFT = -3.2;
const HEADER_FILL = '#dde4ee';
const LINE = '#7a8799';

/** Points of free space a heading or caption needs below it to not be left alone at a page foot. */
function spaceNeededBy(block: Block | undefined, contentWidth: number): number {
  if (!block) return 30;
  switch (block.kind) {
    case 'figure':
      return Math.min(420, (block.height * contentWidth) / block.width) + 40;
    case 'table': {
      // The header and the first row travel together: reserve their estimated height.
      const size = tableFontSize(block);
      const header = estimateRowHeight(block.header, block.widths, contentWidth, size);
      const first = block.rows[0]
        ? estimateRowHeight(block.rows[0], block.widths, contentWidth, size)
        : 0;
      return Math.min(420, Math.max(80, header + (isLong(block) ? 3 * size * 1.5 : first) + 16));
    }
    case 'sheet':
      return 80;
    default:
      return 50;
  }
}

/** Tables up to this estimated height (points) are kept whole on one page. */
const SMALL_TABLE = 240;

function estimateTableHeight(block: Extract<Block, { kind: 'table' }>, contentWidth: number) {
  const size = tableFontSize(block);
  return [block.header, ...block.rows].reduce(
    (h, row) => h + estimateRowHeight(row, block.widths, contentWidth, size),
    0,
  );
}

function tableFontSize(block: Extract<Block, { kind: 'table' }>): number {
  return block.fontSize ?? (block.header.length > 6 ? 8 : 9.5);
}

/** A table with a cell too long to keep whole on a page: its rows may break. */
function isLong(block: Extract<Block, { kind: 'table' }>): boolean {
  return block.rows.some((r) => r.some((c) => cellText(c).length > 500));
}

/** A generous estimate of a row's height in points (Roboto averages about half an em a character). */
function estimateRowHeight(
  cells: Cell[],
  widths: Array<number | '*' | 'auto'>,
  contentWidth: number,
  fontSize: number,
): number {
  const padding = 8 * widths.length;
  const fixed = widths.reduce<number>((n, w) => n + (typeof w === 'number' ? w : 0), 0);
  const stars = widths.filter((w) => typeof w !== 'number').length || 1;
  const star = Math.max(20, (contentWidth - padding - fixed) / stars);
  const perLine = fontSize * 1.25 * 1.17;
  let lines = 1;
  cells.forEach((cell, i) => {
    const w = widths[i];
    const width = typeof w === 'number' ? w : star;
    const capacity = Math.max(1, Math.floor(width / (fontSize * 0.52)));
    const n = cellText(cell)
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / capacity)), 0);
    lines = Math.max(lines, n);
  });
  return lines * perLine + 6;
}

/**
 * How many rows at a table's end travel with its source line: the last row, and a sub-heading
 * row just above it (all its cells bold and shaded, like SWOT's "Peluang | Ancaman").
 */
function tailRows(rows: Cell[][]): number {
  const subheading = (row: Cell[]) =>
    row.every((c) => typeof c !== 'string' && c.bold === true && c.fill !== undefined);
  let n = 1;
  while (n < rows.length && subheading(rows[rows.length - n - 1]!)) n++;
  return n;
}

interface TocEntry {
  list: 'contents' | 'tables' | 'figures';
  /** The listed node's id: the line links to it and prints its page label. */
  id: string;
  text: string;
  style: string;
  indent: number;
  top: number;
}

class Composer {
  readonly content: Content[] = [];
  readonly labels: PageLabels;
  private captionCounters = { table: 0, figure: 0 };
  private chapterNo = 0;
  private nodeId = 0;
  private pendingSticky: Content[] = [];
  readonly contentWidth: number;
  /** The first cell of each tail split off a table (see tableWithSource), in order. */
  readonly tails: Array<{
    cell: { positions?: Array<{ top: number; pageInnerHeight: number }> };
    height: number;
  }> = [];
  /** Entries of the Daftar Isi, Daftar Tabel and Daftar Gambar, in document order. */
  readonly toc: TocEntry[] = [];

  constructor(
    private readonly o: LayoutOptions,
    labels: PageLabels,
  ) {
    this.labels = labels;
    this.contentWidth = PAPER_SIZES[o.paper].width - MARGINS[0] - MARGINS[2];
  }

  id(prefix: string): string {
    return `${prefix}-${++this.nodeId}`;
  }

  push(node: Content) {
    this.content.push(node);
  }

  /** Lists a heading or caption node (which must carry an id) in one of the front lists. */
  listed(list: TocEntry['list'], node: Content, style: string, indent: number, top: number) {
    const n = node as { id: string; text: string };
    this.toc.push({ list, id: n.id, text: n.text, style, indent, top });
    this.labels.track(node);
  }

  /** Headings and captions are kept with what follows (no orphans at a page foot). */
  sticky(node: Content) {
    this.pendingSticky.push(node);
  }

  /** Emits pending sticky nodes grouped unbreakably with room reserved for the next block. */
  flushSticky(next: Block | undefined) {
    if (this.pendingSticky.length === 0) return;
    const reserve = spaceNeededBy(next, this.contentWidth);
    // A page break asked by a member must be the group's own (positions are recorded wrongly
    // for a break inside an unbreakable block).
    const { nodes, breakBefore } = this.takeSticky();
    this.content.push({
      stack: [...nodes, { canvas: [], margin: [0, 0, 0, reserve] }],
      unbreakable: true,
      ...(breakBefore ? { pageBreak: 'before' } : {}),
    } as ContentStack);
    // Pull the next block up into the reserved space.
    this.content.push({ canvas: [], margin: [0, -reserve, 0, 0] });
  }

  startChapter(chapter: Chapter, numbered: boolean) {
    this.chapterNo++;
    this.captionCounters = { table: 0, figure: 0 };
    const title = numbered
      ? `${this.o.strings.chapter} ${toRoman(this.chapterNo)} ${chapter.title.toUpperCase()}`
      : chapter.title.toUpperCase();
    const node = {
      text: title,
      style: 'chapter',
      id: this.id('bab'),
      outline: true,
      outlineExpanded: false,
      pageBreak: 'before',
    } as Content;
    this.labels.chapterStart(node);
    this.listed('contents', node, 'tocChapter', 0, 6);
    this.sticky(node);
    return this.chapterNo;
  }

  section(title: string, number: string, level: 2 | 3, outlineParent: string) {
    const node = {
      text: `${number} ${title}`,
      style: level === 2 ? 'section' : 'subsection',
      id: this.id('sec'),
      outline: true,
      outlineParentId: outlineParent,
      headlineLevel: level,
    } as Content;
    this.listed(
      'contents',
      node,
      level === 2 ? 'tocSection' : 'tocSubsection',
      level === 2 ? 14 : 34,
      level === 2 ? 2 : 1,
    );
    this.sticky(node);
    return (node as { id: string }).id;
  }

  caption(kind: 'table' | 'figure', text: string): Content {
    const n = ++this.captionCounters[kind];
    const word = kind === 'table' ? this.o.strings.table : this.o.strings.figure;
    const node = {
      text: `${word} ${this.chapterNo}.${n} ${text}`,
      style: 'caption',
      id: this.id(kind),
    } as Content;
    this.listed(kind === 'table' ? 'tables' : 'figures', node, 'tocCaption', 0, 2);
    return node;
  }

  blocks(blocks: Block[]) {
    for (const block of blocks) {
      // Tables join the pending heading to their caption in one group; figures take it into
      // their own unbreakable block.
      if (block.kind !== 'table' && block.kind !== 'sheet' && block.kind !== 'figure')
        this.flushSticky(block);
      this.block(block);
    }
  }

  /** Takes the pending sticky nodes (a page break among them becomes the taker's). */
  private takeSticky(): { nodes: Content[]; breakBefore: boolean } {
    const nodes = this.pendingSticky;
    this.pendingSticky = [];
    const breakBefore = nodes.some((n) => (n as { pageBreak?: string }).pageBreak === 'before');
    for (const n of nodes) delete (n as { pageBreak?: string }).pageBreak;
    return { nodes, breakBefore };
  }

  /**
   * A table and its "Sumber: …" line. The last row travels with the source line (an unbreakable
   * tail drawn as the table's continuation, same columns), so a source line never opens a page
   * alone; the rest of the table breaks across pages repeating its header.
   */
  private tableWithSource(
    make: (rows: TableCell[][], withHeader: boolean) => ContentTable,
    rows: TableCell[][],
    source: string,
    /** Rows kept with the source line; 0: the table breaks freely. */
    tail: number,
    /** Estimated height of the tail rows (points). */
    tailHeight = 0,
  ) {
    const sourceLine = this.source(source);
    if (tail === 0) {
      this.push({ ...make(rows, true), margin: [0, 2, 0, 2] });
      this.push(sourceLine);
      return;
    }
    const whole = tail >= rows.length;
    if (whole) {
      this.push({
        stack: [make(rows, true), sourceLine],
        unbreakable: true,
        margin: [0, 2, 0, 0],
      } as ContentStack);
      return;
    }
    this.push({ ...make(rows.slice(0, -tail), true), margin: [0, 2, 0, 0] });
    const index = this.tails.length;
    const headed = this.o.headedTails?.has(index) ?? false;
    const tailTable = make(rows.slice(-tail), headed);
    // pdfmake records an unbreakable block's nodes where it first tried them: a tail that did
    // not fit there was moved to the next page.
    this.tails.push({
      cell: tailTable.table.body[0]![0] as {
        positions?: Array<{ top: number; pageInnerHeight: number }>;
      },
      height: tailHeight + 14,
    });
    this.push({
      stack: [tailTable, sourceLine],
      unbreakable: true,
      margin: [0, 0, 0, 0],
      ...(headed ? { pageBreak: 'before' } : {}),
    } as ContentStack);
  }

  private source(text: string): Content {
    return { text: `${this.o.strings.source}: ${text}`, style: 'source' };
  }

  block(block: Block) {
    switch (block.kind) {
      case 'paragraph':
        for (const para of block.text.split(/\n\s*\n/)) {
          const t = para.trim();
          if (!t) continue;
          this.push({
            text: keepHyphenated(t),
            style: 'body',
            bold: block.bold ?? false,
            italics: block.italics ?? false,
            ...(block.align ? { alignment: block.align } : {}),
          });
        }
        return;
      case 'subheading':
        this.sticky({ text: block.text, style: 'subheading' });
        return;
      case 'list': {
        const items = block.items
          .filter((i) => i.trim() !== '')
          .map((i) => ({ text: keepHyphenated(i) }));
        this.push(
          block.ordered
            ? { ol: items, style: 'list', margin: [0, 0, 0, 8] }
            : { ul: items, style: 'list', margin: [0, 0, 0, 8] },
        );
        return;
      }
      case 'table': {
        const caption = this.caption('table', block.caption);
        const long = isLong(block);
        const header = block.header.map((h) => toCell(h, true));
        const body = block.rows.map((r) => r.map((c) => toCell(c, false)));
        this.sticky(caption);
        const make = (rows: TableCell[][], withHeader: boolean): ContentTable => ({
          table: {
            // Header and first row stay together, unless that row may itself break.
            ...(withHeader ? { headerRows: 1, ...(long ? {} : { keepWithHeaderRows: 1 }) } : {}),
            dontBreakRows: !long,
            // A copy: pdfmake turns the widths it is given into objects in place.
            widths: [...block.widths],
            // Each table gets its own header cells (pdfmake records positions on the nodes).
            body: withHeader
              ? [header.map((h) => ({ ...(h as object) }) as TableCell), ...rows]
              : rows,
          },
          layout: 'formal',
          fontSize: tableFontSize(block),
        });
        if (!long && estimateTableHeight(block, this.contentWidth) <= SMALL_TABLE) {
          // A small table is never split: heading, caption, table and source move as one.
          const lead = this.takeSticky();
          this.push({
            stack: [
              ...lead.nodes,
              { ...make(body, true), margin: [0, 2, 0, 2] },
              this.source(block.source),
            ],
            unbreakable: true,
            ...(lead.breakBefore ? { pageBreak: 'before' } : {}),
          } as ContentStack);
          return;
        }
        this.flushSticky(block);
        const tail = long ? 0 : tailRows(block.rows);
        this.tableWithSource(
          make,
          body,
          block.source,
          tail,
          block.rows
            .slice(-tail)
            .reduce(
              (h, row) =>
                h + estimateRowHeight(row, block.widths, this.contentWidth, tableFontSize(block)),
              0,
            ),
        );
        return;
      }
      case 'sheet': {
        const caption = this.caption('table', block.caption);
        this.sticky(caption);
        this.flushSticky(block);
        this.tableWithSource(
          (rows) => ({
            table: { widths: [140, '*'], dontBreakRows: true, body: rows },
            layout: 'formal',
            fontSize: 9.5,
          }),
          block.rows.map(([k, v]) => [
            { text: k, bold: true, fillColor: '#eef2f7' },
            { text: v || '–' },
          ]),
          block.source,
          1,
        );
        return;
      }
      case 'figure': {
        const width = Math.min(this.contentWidth, block.width);
        const caption = this.caption('figure', block.caption);
        const lead = this.takeSticky();
        this.push({
          stack: [
            ...lead.nodes,
            { svg: block.svg, width, alignment: 'center' },
            caption,
            { ...(this.source(block.source) as object), alignment: 'center' } as Content,
          ],
          unbreakable: true,
          margin: [0, 6, 0, 6],
          ...(lead.breakBefore ? { pageBreak: 'before' } : {}),
        } as ContentStack);
        return;
      }
    }
  }
}

/**
 * Justified text: pdfmake may break after a hyphen or dash and then stretches the gap, which
 * reads "rata- rata" or "2022– 2031". Hyphenated words and year ranges stay whole instead.
 */
export function keepHyphenated(
  text: string,
): string | Array<string | { text: string; noWrap: true }> {
  // Odd items of the split are the captured hyphenated tokens.
  const parts = text.split(/(\S*[\p{L}\p{N}][-–][\p{L}\p{N}]\S*)/u);
  if (parts.length === 1) return text;
  return parts
    .map((p, i) => (i % 2 === 1 ? { text: p, noWrap: true as const } : p))
    .filter((p) => p !== '');
}

function cellText(c: Cell): string {
  return typeof c === 'string' ? c : c.text;
}

function toCell(c: Cell, header: boolean): TableCell {
  if (typeof c === 'string')
    return header
      ? { text: c, bold: true, fillColor: HEADER_FILL, alignment: 'center' }
      : { text: c };
  return {
    text: c.text,
    bold: header || (c.bold ?? false),
    italics: c.italics ?? false,
    alignment: c.align ?? (header ? 'center' : 'left'),
    ...(c.fill ? { fillColor: c.fill } : header ? { fillColor: HEADER_FILL } : {}),
    ...(c.color ? { color: c.color } : {}),
    ...(c.colSpan ? { colSpan: c.colSpan } : {}),
  } as TableCell;
}

function sectionNodes(c: Composer, sections: Section[], prefix: string, parent: string) {
  sections.forEach((s, i) => {
    const number = `${prefix}.${i + 1}`;
    const level = prefix.includes('.') ? 3 : 2;
    const id = c.section(s.title, number, level, parent);
    c.blocks(s.blocks);
    if (s.subsections?.length) sectionNodes(c, s.subsections, number, id);
  });
}

function coverPage(book: Book, o: LayoutOptions): Content[] {
  const f = book.front;
  const h = PAPER_SIZES[o.paper].height;
  return [
    {
      text: book.label === book.title ? ' ' : book.label.toUpperCase(),
      style: 'coverLabel',
      margin: [0, h * 0.06, 0, 0],
    },
    { text: book.title.toUpperCase(), style: 'coverTitle' },
    { text: o.subject.toUpperCase(), style: 'coverSubtitle' },
    { text: f.region.toUpperCase(), style: 'coverRegion' },
    { text: f.period, style: 'coverPeriod' },
    f.logo
      ? { image: f.logo, fit: [130, 130], alignment: 'center', margin: [0, h * 0.07, 0, 0] }
      : {
          canvas: [
            { type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 1.5, lineColor: '#1f3b63' },
          ],
          alignment: 'center',
          margin: [0, h * 0.12, 0, 0],
        },
    {
      text: `${o.strings.government} ${f.region}`.toUpperCase(),
      style: 'coverFoot',
      margin: [0, h * 0.14, 0, 0],
    },
    { text: f.province.toUpperCase(), style: 'coverFoot' },
    { text: f.year, style: 'coverFoot' },
  ];
}

function signatureBlock(book: Book, o: LayoutOptions, placeDate: string): Content {
  const f = book.front;
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 230,
        stack: [
          { text: placeDate, margin: [0, 0, 0, 2] },
          { text: f.signatoryTitle.toUpperCase() ? `${f.signatoryTitle},` : '', bold: true },
          { text: ' ', margin: [0, 0, 0, 52] },
          { text: f.signatoryName, bold: true, decoration: 'underline' },
          f.signatoryNip ? { text: `${o.strings.nip} ${f.signatoryNip}` } : { text: '' },
        ],
        alignment: 'center',
      },
    ],
    margin: [0, 24, 0, 0],
    unbreakable: true,
  } as Content;
}

function frontMatter(c: Composer, book: Book, o: LayoutOptions) {
  const f = book.front;
  const s = o.strings;
  const placeDate = [f.place, f.date].filter(Boolean).join(', ');
  if (f.signatoryName.trim()) {
    c.push({ text: s.approval, style: 'frontTitle', pageBreak: 'before' });
    c.push({ text: book.title.toUpperCase(), style: 'approvalTitle' });
    c.push({ text: `${o.subject} ${f.region}`, style: 'approvalSub' });
    c.push({ text: f.period, style: 'approvalSub', margin: [0, 0, 0, 40] });
    c.push(signatureBlock(book, o, placeDate));
  }
  if (f.foreword.trim()) {
    const node = {
      text: s.foreword,
      style: 'frontTitle',
      pageBreak: 'before',
      id: c.id('front'),
      outline: true,
    } as Content;
    c.listed('contents', node, 'tocChapter', 0, 2);
    c.push(node);
    for (const para of f.foreword.split(/\n\s*\n/)) {
      if (para.trim()) c.push({ text: keepHyphenated(para.trim()), style: 'body' });
    }
    c.push(signatureBlock(book, o, placeDate));
  }
}

/**
 * The Daftar Isi, Daftar Tabel and Daftar Gambar: placeholders whose rows are filled once the
 * chapters are composed (the definition is complete before pdfmake reads it).
 */
function listPages(
  c: Composer,
  o: LayoutOptions,
  hasTables: boolean,
  hasFigures: boolean,
): Array<{ list: TocEntry['list']; rows: Content[] }> {
  const s = o.strings;
  const lists: Array<{ list: TocEntry['list']; rows: Content[] }> = [];
  const listTitle = (text: string) => {
    const node = { text, style: 'frontTitle', id: c.id('front'), outline: true } as Content;
    c.listed('contents', node, 'tocChapter', 0, 2);
    return node;
  };
  const page = (list: TocEntry['list'], title: Content) => {
    const rows: Content[] = [];
    c.push({ stack: [title, { stack: rows }], pageBreak: 'before' } as Content);
    lists.push({ list, rows });
  };
  page('contents', { text: s.contents, style: 'frontTitle' });
  if (hasTables) page('tables', listTitle(s.tables));
  if (hasFigures) page('figures', listTitle(s.figures));
  return lists;
}

/** One line of a front list: title, dot leader, page label (linked to the heading). */
/** @param tight 0 normal; 1 and 2: less space between lines, to avoid a nearly empty page. */
function tocRow(e: TocEntry, tight: 0 | 1 | 2): Content {
  const none = [false, false, false, false];
  return {
    table: {
      widths: ['auto', '*', 26],
      dontBreakRows: true,
      body: [
        [
          // The last two words stay together: a wrapped title never ends on a lone "1".
          {
            text: e.text.replace(/ (\S+)$/, '\u00a0$1'),
            style: e.style,
            linkToDestination: e.id,
            border: none,
          },
          // The leader is this cell's dotted bottom rule: it spans exactly the gap, and keeps a
          // few dots' room (non-breaking spaces) when a long title wraps.
          { text: '\u00a0'.repeat(10), style: e.style, border: [false, false, false, true] },
          {
            pageReference: e.id,
            style: e.style,
            alignment: 'right',
            border: none,
            noWrap: true,
            // A wrapped title gets its page number on its last line, after the leader.
            verticalAlignment: 'bottom',
          },
        ],
      ],
    },
    layout: 'leader',
    margin:
      tight === 2
        ? [e.indent, e.top / 3, 0, 0.5]
        : tight === 1
          ? [e.indent, e.top / 2, 0, 1.5]
          : [e.indent, e.top, 0, 3],
  } as Content;
}

function countBlocks(chapters: Chapter[], kind: 'table' | 'figure'): number {
  let n = 0;
  const visit = (blocks: Block[]) => {
    for (const b of blocks) if (b.kind === kind || (kind === 'table' && b.kind === 'sheet')) n++;
  };
  const walk = (s: Section) => {
    visit(s.blocks);
    s.subsections?.forEach(walk);
  };
  for (const ch of chapters) {
    visit(ch.intro ?? []);
    ch.sections.forEach(walk);
  }
  return n;
}

function regulationPages(c: Composer, book: Book) {
  const r = book.regulation!;
  // A regulation opens with the regency's emblem above "BUPATI …", when the planner added it.
  if (book.front.logo)
    c.push({ image: book.front.logo, fit: [64, 64], alignment: 'center', margin: [0, 0, 0, 10] });
  for (const line of r.heading) c.push({ text: line, style: 'regHead' });
  c.push({ text: r.number, style: 'regHead', margin: [0, 10, 0, 0] });
  c.push({ text: r.about, style: 'regHead', margin: [0, 8, 0, 0] });
  c.push({ text: r.opening, style: 'regHead', margin: [0, 14, 0, 14] });
  const lettered = (label: string, items: string[], mark: (i: number) => string) => {
    c.push({
      table: {
        widths: [70, 10, 18, '*'],
        // A considering or recalled item never breaks over two pages.
        dontBreakRows: true,
        body: items.map((text, i) => [
          i === 0 ? { text: label } : { text: '' },
          i === 0 ? { text: ':' } : { text: '' },
          { text: mark(i) },
          { text: keepHyphenated(text), alignment: 'justify' },
        ]),
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 10],
      fontSize: BODY,
    } as Content);
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  lettered(r.consider[0]!, r.consider.slice(1), (i) => `${letters[i]}.`);
  lettered(r.recall[0]!, r.recall.slice(1), (i) => `${i + 1}.`);
  // MEMUTUSKAN, a BAB heading and a Pasal never stand alone at a page foot: each stays with
  // the first paragraph that follows it.
  let lead: Content[] = [{ text: r.decide, style: 'regHead', margin: [0, 6, 0, 10] }];
  for (const a of r.articles) {
    if (a.chapter) lead.push({ text: a.chapter, style: 'regHead', margin: [0, 12, 0, 4] });
    lead.push({ text: a.title, style: 'regArticle' });
    const [first, ...rest] = a.paragraphs;
    c.push({
      stack: [...lead, ...(first ? [{ text: keepHyphenated(first), style: 'body' }] : [])],
      unbreakable: true,
    } as Content);
    lead = [];
    rest.forEach((p) => c.push({ text: keepHyphenated(p), style: 'body' }));
  }
  c.push({
    columns: [
      { width: '*', text: '' },
      {
        width: 240,
        stack: [
          ...r.closing.map((t) => ({ text: t })),
          { text: r.signTitle, bold: true, margin: [0, 4, 0, 50] },
          { text: r.signName, bold: true },
        ],
      },
    ],
    margin: [0, 24, 0, 18],
    unbreakable: true,
  } as Content);
  r.promulgation.forEach((line, i) =>
    c.push({
      text: line,
      fontSize: BODY,
      // Room for the secretary's signature; the gazette line stands out.
      ...(i === r.promulgation.length - 2 ? { margin: [0, 0, 0, 40] } : {}),
      ...(i === r.promulgation.length - 1 ? { bold: true } : {}),
    } as Content),
  );
  // The Lampiran starts on its own page with the regulation's reference block.
  c.push({
    columns: [
      { width: '*', text: '' },
      { width: 260, stack: r.lampiranHeader.map((t) => ({ text: t, fontSize: 10 })) },
    ],
    pageBreak: 'before',
    margin: [0, 0, 0, 16],
  } as Content);
}

/** The pdfmake definition of one book, with the page-label tracker its footer reads. */
export function layoutBook(
  book: Book,
  o: LayoutOptions,
): TDocumentDefinitions & { tailProbe: TailProbe } {
  const labels = new PageLabels(!book.regulation);
  const c = new Composer(o, labels);
  const chapters = pruneChapters(book.chapters);
  const s = o.strings;
  const lists: Array<{ list: TocEntry['list']; rows: Content[] }> = [];

  if (book.regulation) {
    regulationPages(c, book);
    const rows: Content[] = [];
    c.push({ stack: [{ text: s.contents, style: 'frontTitle' }, { stack: rows }] } as Content);
    lists.push({ list: 'contents', rows });
  } else {
    c.content.push(...coverPage(book, o));
    frontMatter(c, book, o);
    lists.push(
      ...listPages(c, o, countBlocks(chapters, 'table') > 0, countBlocks(chapters, 'figure') > 0),
    );
  }

  chapters.forEach((chapter, index) => {
    const chapterNo = c.startChapter(chapter, true);
    const chapterNode = c.content.length; // sticky: flushed by the first block
    void chapterNode;
    void index;
    c.blocks(chapter.intro ?? []);
    const parentId = `bab-outline-${chapterNo}`;
    sectionNodes(c, chapter.sections, String(chapterNo), parentId);
    c.flushSticky(undefined);
  });
  // Outline parents: sections nest under their chapter.
  fixOutlineParents(c.content);
  const pageHeight = PAPER_SIZES[o.paper].height - MARGINS[1] - MARGINS[3];
  for (const { list, rows } of lists) {
    const entries = c.toc.filter((e) => e.list === list);
    // A list that would spill a few lines onto a page of their own is set a little tighter.
    const line = 10.5 * 1.25 * 1.17;
    // Title (and in a regulation the Lampiran's reference block above it), then the lines.
    const top = book.regulation ? 130 : 40;
    // Measured rows run about a tenth taller than this sum; long titles wrap.
    const perLine = (e: TocEntry) => Math.floor((c.contentWidth - e.indent - 60) / (10.5 * 0.5));
    const lines = (e: TocEntry) => Math.max(1, Math.ceil(e.text.length / perLine(e)));
    const height =
      top + 1.1 * entries.reduce((h, e) => h + line * lines(e) + e.top + 3 + LEADER_LIFT, 0);
    const spill = height % pageHeight;
    // What each setting saves, counted with a margin for the estimate's error.
    const saves = (perRow: (e: TocEntry) => number) =>
      0.8 * entries.reduce((h, e) => h + perRow(e), 0);
    const tight: 0 | 1 | 2 =
      height <= pageHeight
        ? 0
        : spill < saves((e) => e.top / 2 + 1.5)
          ? 1
          : spill < saves((e) => (2 * e.top) / 3 + 2.5)
            ? 2
            : 0;
    rows.push(...entries.map((e) => tocRow(e, tight)));
  }

  const size = PAPER_SIZES[o.paper];
  const tailProbe: TailProbe = {
    moved: () =>
      c.tails.flatMap((t, i) => {
        const at = t.cell.positions?.[0];
        if (!at || o.headedTails?.has(i)) return [];
        return at.top + t.height > MARGINS[1] + at.pageInnerHeight ? [i] : [];
      }),
  };
  return {
    tailProbe,
    pageSize: { width: size.width, height: size.height },
    pageMargins: MARGINS,
    language: o.language === 'en' ? 'en-US' : 'id-ID',
    displayTitle: true,
    info: {
      title: `${book.title} — ${o.subject} ${book.front.region}`,
      author: o.author,
      subject: `${o.subject} ${book.front.region} ${book.front.period}`,
      creator: 'Rancang',
      producer: 'Rancang',
      keywords: 'smart city, masterplan',
    },
    ...(o.draft
      ? {
          watermark: {
            text: o.draftMark,
            color: '#b03030',
            opacity: 0.07,
            bold: true,
            fontSize: 140,
          },
        }
      : {}),
    content: c.content,
    footer: (currentPage: number) => {
      labels.resolve();
      const label = labels.labelOf(currentPage);
      if (label === null) return null;
      return {
        margin: [MARGINS[0], 20, MARGINS[2], 0],
        stack: [
          {
            canvas: [
              {
                type: 'line',
                x1: 0,
                y1: 0,
                x2: size.width - MARGINS[0] - MARGINS[2],
                y2: 0,
                lineWidth: 0.5,
                lineColor: LINE,
              },
            ],
          },
          {
            columns: [
              { text: book.footer, fontSize: 8, italics: true, color: '#44546a', width: '*' },
              { text: label, fontSize: 9, alignment: 'right', width: 60 },
            ],
            margin: [0, 4, 0, 0],
          },
        ],
      } as Content;
    },
    defaultStyle: { font: 'Roboto', fontSize: BODY, lineHeight: 1.25, color: '#111' },
    styles: {
      body: { alignment: 'justify', margin: [0, 0, 0, 7] },
      list: { alignment: 'justify' },
      chapter: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
      section: { fontSize: 12, bold: true, margin: [0, 10, 0, 6] },
      subsection: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      subheading: { fontSize: 11, bold: true, italics: true, margin: [0, 6, 0, 4] },
      caption: { fontSize: 10, bold: true, alignment: 'center', margin: [0, 8, 0, 4] },
      source: { fontSize: 8.5, italics: true, margin: [0, 2, 0, 12], color: '#333' },
      frontTitle: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 20] },
      approvalTitle: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 30, 0, 8] },
      approvalSub: { fontSize: 12, alignment: 'center' },
      tocChapter: { bold: true, fontSize: 10.5 },
      tocSection: { fontSize: 10.5 },
      tocSubsection: { fontSize: 10 },
      tocCaption: { fontSize: 10 },
      coverLabel: { fontSize: 16, bold: true, alignment: 'center', color: '#1f3b63' },
      coverTitle: {
        fontSize: 26,
        bold: true,
        alignment: 'center',
        color: '#1f3b63',
        margin: [0, 10, 0, 6],
      },
      coverSubtitle: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 8, 0, 4] },
      coverRegion: { fontSize: 16, bold: true, alignment: 'center' },
      coverPeriod: { fontSize: 14, alignment: 'center', margin: [0, 4, 0, 0] },
      coverFoot: { fontSize: 13, bold: true, alignment: 'center' },
      regHead: { fontSize: 12, bold: true, alignment: 'center' },
      regArticle: { fontSize: 11, bold: true, alignment: 'center', margin: [0, 8, 0, 4] },
    },
  };
}

/** Sets each section's outline parent to the id of the chapter node above it. */
function fixOutlineParents(content: Content[]) {
  let chapterId: string | null = null;
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as {
      style?: string;
      id?: string;
      outlineParentId?: string;
      stack?: unknown[];
    };
    if (n.style === 'chapter' && n.id) chapterId = n.id;
    else if ((n.style === 'section' || n.style === 'subsection') && chapterId)
      n.outlineParentId = n.style === 'section' ? chapterId : (n.outlineParentId ?? chapterId);
    if (Array.isArray(n.stack)) n.stack.forEach(visit);
  };
  content.forEach(visit);
}
