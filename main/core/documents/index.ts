/**
 * The formal documents of a plan as PDF: Buku I–III, Ringkasan Eksekutif and the draft
 * regulation. Pure Node (no Electron): runs in the CLI, in a worker thread and in tests.
 */
import { createI18n } from '../../../shared/i18n';
import type { PlanDocument } from '../../../shared/plan-document';
import type { ReferenceData } from '../../../shared/reference';
import { buku1Chapters } from './books/buku1';
import { buku2Chapters } from './books/buku2';
import { buku3Chapters } from './books/buku3';
import { createBookContext, type BookContext, type Tr } from './books/context';
import { perbupRegulation } from './books/perbup';
import { ringkasanChapters } from './books/ringkasan';
import { layoutBook, type LayoutStrings } from './layout';
import { bookIds, type Book, type BookId, type DocLanguage, type Paper } from './model';
import { registerLayouts, renderPdf } from './render';

export { bookIds, type BookId, type Paper } from './model';

export interface RenderOptions {
  books?: readonly BookId[];
  paper?: Paper;
  draft?: boolean;
  lang?: DocLanguage;
  /** The regency's logo as a data URL (PNG or JPEG), shown on the covers. */
  logo?: string | null;
  /** Called after each book with the share done (0–1). */
  onProgress?: (done: number, book: BookId) => void;
  signal?: AbortSignal;
}

export interface RenderedBook {
  book: BookId;
  fileName: string;
  bytes: Uint8Array;
}

const LABEL_KEYS: Record<BookId, string> = {
  buku1: 'books.label.buku1',
  buku2: 'books.label.buku2',
  buku3: 'books.label.buku3',
  ringkasan: 'books.label.ringkasan',
  perbup: 'books.label.perbup',
};

function layoutStrings(t: Tr): LayoutStrings {
  const k = (key: string) => t(`books.layout.${key}`);
  return {
    approval: k('approval'),
    approvedAt: k('approvedAt'),
    approvedOn: k('approvedOn'),
    foreword: k('foreword'),
    contents: k('contents'),
    tables: k('tables'),
    figures: k('figures'),
    chapter: k('chapter'),
    table: k('table'),
    figure: k('figure'),
    source: k('source'),
    page: k('page'),
    nip: k('nip'),
    government: k('government'),
    lampiran: k('lampiran'),
    continued: k('continued'),
  };
}

/** The book model (chapters before layout) of one book. */
export function buildBook(c: BookContext, id: BookId): Book {
  const t = c.t;
  const title =
    id === 'perbup' ? t('books.title.perbupOf', { head: c.head }) : t(`books.title.${id}`);
  const base = {
    id,
    label: t(LABEL_KEYS[id]),
    title,
    footer: `${id === 'perbup' || t(LABEL_KEYS[id]) === title ? title : `${t(LABEL_KEYS[id])} – ${title}`} · ${t('books.subject')} ${c.region} ${c.front.period}`,
    front: c.front,
  };
  switch (id) {
    case 'buku1':
      return { ...base, chapters: buku1Chapters(c) };
    case 'buku2':
      return { ...base, chapters: buku2Chapters(c) };
    case 'buku3':
      return { ...base, chapters: buku3Chapters(c) };
    case 'ringkasan':
      return { ...base, chapters: ringkasanChapters(c) };
    case 'perbup':
      return { ...base, chapters: buku2Chapters(c), regulation: perbupRegulation(c) };
  }
}

/** A file name without characters Windows refuses: "Buku I - Analisis Strategis - Kabupaten X 2022-2031.pdf". */
export function bookFileName(book: Book, c: BookContext): string {
  const raw =
    book.id === 'perbup' || book.label === book.title
      ? `${book.title} - ${c.region} ${c.front.period}`
      : `${book.label} - ${book.title} - ${c.region} ${c.front.period}`;
  return `${raw
    .replace(/[–—]/g, '-')
    .replace(/[\\/:*?"<>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim()}.pdf`;
}

const SECOND_PASS_MAX_PAGES = 40;

function pageCount(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
}

/** Renders the chosen books of a plan, one PDF each, in the order asked. */
export async function renderBooks(
  doc: PlanDocument,
  ref: ReferenceData,
  options: RenderOptions = {},
): Promise<RenderedBook[]> {
  const lang = options.lang ?? 'id';
  const i18n = createI18n(lang);
  const t: Tr = (key, vars) => (i18n.t as unknown as (k: string, v?: object) => string)(key, vars);
  const c = createBookContext(doc, ref, t, lang, options.logo ?? null);
  registerLayouts();
  const ids = options.books?.length ? options.books : bookIds;
  const out: RenderedBook[] = [];
  for (const [i, id] of ids.entries()) {
    if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const book = buildBook(c, id);
    const layout = (headedTails?: ReadonlySet<number>) =>
      layoutBook(book, {
        paper: options.paper ?? 'a4',
        draft: options.draft ?? false,
        language: lang,
        strings: layoutStrings(t),
        author: doc.region.name,
        subject: t('books.subject'),
        draftMark: t('books.draftMark'),
        headedTails,
      });
    const { tailProbe, ...dd } = layout();
    let bytes = await renderPdf(dd);
    // Rarely a table's last row and source line end up alone atop a page, without the header a
    // continuation shows: lay the book out once more with the header repeated there.
    // Only for books of moderate length: a second layout of a 150-page book costs seconds.
    const moved = tailProbe.moved();
    if (moved.length > 0 && pageCount(bytes) <= SECOND_PASS_MAX_PAGES) {
      if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      const { tailProbe: _again, ...second } = layout(new Set(moved));
      void _again;
      bytes = await renderPdf(second);
    }
    out.push({ book: id, fileName: bookFileName(book, c), bytes });
    options.onProgress?.((i + 1) / ids.length, id);
  }
  return out;
}
