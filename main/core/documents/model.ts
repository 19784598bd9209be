/**
 * The book model: what a formal document says, before any page layout. Builders turn a plan
 * into a Book; layout.ts turns a Book into a pdfmake definition. Numbering of chapters, sections
 * and captions is done by the layout, after empty parts are dropped, so it is always consecutive.
 */

export const bookIds = ['buku1', 'buku2', 'buku3', 'ringkasan', 'perbup'] as const;
export type BookId = (typeof bookIds)[number];
export type Paper = 'a4' | 'f4';
export type DocLanguage = 'id' | 'en';

export type CellAlign = 'left' | 'right' | 'center';
export interface RichCell {
  text: string;
  bold?: boolean;
  italics?: boolean;
  align?: CellAlign;
  /** Background colour (heat tables). */
  fill?: string;
  color?: string;
  colSpan?: number;
}
export type Cell = string | RichCell;

export type Block =
  | { kind: 'paragraph'; text: string; bold?: boolean; italics?: boolean; align?: CellAlign }
  | { kind: 'list'; ordered: boolean; items: string[] }
  /** A caption above ("Tabel 3.2 …"), a source line below ("Sumber: …"). */
  | {
      kind: 'table';
      caption: string;
      source: string;
      header: Cell[];
      rows: Cell[][];
      widths: Array<number | '*' | 'auto'>;
      fontSize?: number;
    }
  /** Label/value pairs, e.g. a quick-win profile sheet; captioned like a table. */
  | { kind: 'sheet'; caption: string; source: string; rows: Array<[string, string]> }
  | {
      kind: 'figure';
      caption: string;
      source: string;
      svg: string;
      width: number;
      height: number;
    }
  | { kind: 'subheading'; text: string };

export interface Section {
  title: string;
  blocks: Block[];
  subsections?: Section[];
}

export interface Chapter {
  /** Without "BAB I": the layout numbers chapters. */
  title: string;
  intro?: Block[];
  sections: Section[];
  /** A chapter of prose only (Penutup): kept without sections. Others go when empty. */
  standalone?: boolean;
}

export interface FrontMatter {
  /** Region as shown on the cover, e.g. "KABUPATEN MANGGARAI TIMUR". */
  region: string;
  province: string;
  period: string;
  year: string;
  logo: string | null;
  foreword: string;
  place: string;
  date: string;
  signatoryName: string;
  signatoryTitle: string;
  signatoryNip: string;
}

export interface Book {
  id: BookId;
  /** "BUKU I" / "RINGKASAN EKSEKUTIF" line above the title on the cover. */
  label: string;
  title: string;
  /** Running footer text. */
  footer: string;
  front: FrontMatter;
  chapters: Chapter[];
  /** A regulation body (Perbup) that precedes the chapters, which then form its Lampiran. */
  regulation?: Regulation;
}

export interface Regulation {
  heading: string[];
  number: string;
  about: string;
  opening: string;
  consider: string[];
  recall: string[];
  decide: string;
  articles: Array<{ chapter?: string; title: string; paragraphs: string[] }>;
  closing: string[];
  signPlace: string;
  signTitle: string;
  signName: string;
  promulgation: string[];
  lampiranHeader: string[];
}

/** Whether a section says anything (after its own empty subsections are dropped). */
export function pruneSection(section: Section): Section | null {
  const subsections = (section.subsections ?? [])
    .map(pruneSection)
    .filter((s): s is Section => s !== null);
  const blocks = section.blocks.filter(blockHasContent);
  if (blocks.length === 0 && subsections.length === 0) return null;
  return { ...section, blocks, subsections };
}

function blockHasContent(block: Block): boolean {
  switch (block.kind) {
    case 'paragraph':
    case 'subheading':
      return block.text.trim() !== '';
    case 'list':
      return block.items.some((i) => i.trim() !== '');
    case 'table':
      return block.rows.length > 0;
    case 'sheet':
      return block.rows.length > 0;
    case 'figure':
      return block.svg !== '';
  }
}

/** Drops empty sections and chapters left without content. */
export function pruneChapters(chapters: Chapter[]): Chapter[] {
  return (
    chapters
      .map((c) => ({
        ...c,
        intro: (c.intro ?? []).filter(blockHasContent),
        sections: c.sections.map(pruneSection).filter((s): s is Section => s !== null),
      }))
      // A chapter goes when all its sections go; a prose-only chapter (Penutup) stays.
      .filter((c) => c.sections.length > 0 || (c.standalone === true && c.intro.length > 0))
  );
}
