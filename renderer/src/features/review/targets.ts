/** Everything a comment can be attached to, with readable labels, grouped by plan step. */
import type { TFunction } from 'i18next';
import type { StepId } from '../../../../shared/contract';
import type { CommentTargetType, DocumentSection } from '../../../../shared/contract/packages';
import type { PlanDocument } from '../../../../shared/plan-document';
import { localized, type ReferenceData } from '../../../../shared/reference';

export interface CommentTarget {
  type: CommentTargetType;
  id: string;
  label: string;
  step: StepId;
  /** URL search that opens the item in its step (`programme=<id>`, `rpjmd=<id>`, `pillar=<code>`). */
  search?: string;
}

export const STEP_OF: Record<CommentTargetType, StepId> = {
  plan: 'profile',
  profile: 'profile',
  rpjmd_item: 'rpjmd',
  statement: 'rpjmd',
  pillar: 'pillars',
  sub_dimension: 'pillars',
  swot: 'pillars',
  strategic_issue: 'pillars',
  programme: 'programmes',
  quickwin: 'programmes',
  roadmap: 'roadmap',
  document: 'documents',
  document_section: 'documents',
};

export const DOCUMENT_IDS = ['buku1', 'buku2', 'buku3', 'ringkasan', 'perbup'] as const;

const short = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function commentTargets(
  doc: PlanDocument,
  ref: ReferenceData,
  t: TFunction,
  lang: string,
  sections: DocumentSection[] = [],
): CommentTarget[] {
  const out: CommentTarget[] = [];
  const add = (type: CommentTargetType, id: string, label: string, search?: string) =>
    out.push({ type, id, label, step: STEP_OF[type], ...(search ? { search } : {}) });
  const q = (key: string, value: string) => `${key}=${encodeURIComponent(value)}`;
  add('plan', doc.plan.id, doc.plan.title);
  add('profile', doc.plan.id, doc.region.name);
  for (const item of doc.rpjmdItems) {
    add(
      'rpjmd_item',
      item.id,
      `${item.code ? `${item.code} ` : ''}${short(item.text)}`,
      q('rpjmd', item.id),
    );
  }
  for (const s of doc.statements) add('statement', s.id, short(s.text));
  for (const pillar of ref.pillars.pillars) {
    add('pillar', pillar.code, localized(pillar.name, lang), q('pillar', pillar.code));
    for (const sub of pillar.subDimensions) {
      add(
        'sub_dimension',
        sub.code,
        `${localized(pillar.name, lang)} — ${localized(sub.name, lang)}`,
        `${q('pillar', pillar.code)}&${q('sub', sub.code)}`,
      );
    }
  }
  for (const s of doc.swot) add('swot', s.id, short(s.text));
  for (const s of doc.strategicIssues) add('strategic_issue', s.id, short(s.text));
  const programmeName = new Map(doc.programmes.map((p) => [p.id, p.name]));
  for (const p of doc.programmes) add('programme', p.id, p.name, q('programme', p.id));
  for (const w of doc.quickWins) {
    add('quickwin', w.id, programmeName.get(w.programmeId) ?? '—', q('quickwin', w.id));
  }
  // A roadmap row is the programme's row on the timeline (the roadmap step honours ?programme=).
  for (const p of doc.programmes) add('roadmap', p.id, p.name, q('programme', p.id));
  for (const d of DOCUMENT_IDS) {
    const book = t(`review.documents.${d}`);
    // The Dokumen step honours ?book=<id>: the preview is set to that book.
    add('document', d, book, q('book', d));
    // "Buku II — Masterplan › BAB III › 3.2 Quick win", numbered as in the PDF (short enough
    // for the number to stay visible; the chapter's own entry carries its title).
    const chapters = new Map(
      sections.filter((x) => x.book === d && x.level === 0).map((x) => [x.id, x.number]),
    );
    for (const s of sections.filter((x) => x.book === d)) {
      const chapterId = `${d}:${s.id.slice(d.length + 1).split('.')[0]}`;
      add(
        'document_section',
        s.id,
        s.level === 0
          ? `${book} › ${s.number} ${s.title}`
          : `${book} › ${chapters.get(chapterId) ?? short(s.chapter, 40)} › ${s.number} ${s.title}`,
        q('book', d),
      );
    }
  }
  return out;
}

export const targetKey = (type: string, id: string) => `${type}:${id}`;
