/**
 * The chapters and sections of the plan's books as a reviewer reads them in the PDFs
 * ("Buku II › BAB III › 3.2 …"), so a comment can be attached to one. Built from the same book
 * model as the PDFs (H5's `buildBook`), numbered as the layout numbers them: chapters I, II, …,
 * sections 3.1, 3.2, subsections 3.2.1. A section's id is its book and number (`buku2:3.2`,
 * `buku2:3` for a whole chapter): what the reviewer saw in the document they commented on.
 */
import { createI18n } from '../../../shared/i18n';
import type { PlanDocument } from '../../../shared/plan-document';
import type { ReferenceData } from '../../../shared/reference';
import { buildBook, type BookId } from '../documents';
import { createBookContext, type Tr } from '../documents/books/context';
import type { Section } from '../documents/model';
import { toRoman } from '../documents/page-labels';

/** Books whose chapters are offered (the Perbup's Lampiran is Buku II's chapters). */
export const SECTION_BOOKS = ['buku1', 'buku2', 'buku3', 'ringkasan'] as const satisfies BookId[];

export interface DocumentSection {
  /** `buku2:3` (chapter), `buku2:3.2` (section), `buku2:3.2.1` (subsection). */
  id: string;
  book: BookId;
  /** "BAB III" for a chapter, "3.2" for a section. */
  number: string;
  title: string;
  /** The chapter's "BAB III Title" for sections, empty for chapters. */
  chapter: string;
  level: 0 | 1 | 2;
}

export function documentSections(
  doc: PlanDocument,
  ref: ReferenceData,
  lang: 'id' | 'en',
): DocumentSection[] {
  const i18n = createI18n(lang);
  const t: Tr = (key, vars) => (i18n.t as unknown as (k: string, v?: object) => string)(key, vars);
  const c = createBookContext(doc, ref, t, lang, null);
  const chapterWord = t('books.layout.chapter');
  const out: DocumentSection[] = [];
  for (const book of SECTION_BOOKS) {
    const chapters = buildBook(c, book).chapters;
    chapters.forEach((chapter, ci) => {
      const n = ci + 1;
      const bab = `${chapterWord} ${toRoman(n)}`;
      out.push({
        id: `${book}:${n}`,
        book,
        number: bab,
        title: chapter.title,
        chapter: '',
        level: 0,
      });
      const visit = (sections: Section[], prefix: string, level: 1 | 2) =>
        sections.forEach((s, si) => {
          const number = `${prefix}.${si + 1}`;
          out.push({
            id: `${book}:${number}`,
            book,
            number,
            title: s.title,
            chapter: `${bab} ${chapter.title}`,
            level,
          });
          if (level === 1 && s.subsections?.length) visit(s.subsections, number, 2);
        });
      visit(chapter.sections, String(n), 1);
    });
  }
  return out;
}
