/** Rancangan Peraturan Bupati/Wali Kota adopting the masterplan, which forms its Lampiran. */
import type { Regulation } from '../model';
import type { BookContext } from './context';

export function perbupRegulation(c: BookContext): Regulation {
  const t = c.t;
  const head = c.head.toUpperCase();
  const regionBare = c.region.replace(/^(Kabupaten|Kota)\s+/i, '');
  const vars = {
    head: c.head,
    HEAD: head,
    region: c.region,
    REGION: regionBare.toUpperCase(),
    TYPE: c.doc.region.type === 'kota' ? 'KOTA' : 'KABUPATEN',
    start: c.doc.plan.startYear,
    end: c.endYear,
    province: c.doc.region.provinceName,
  };
  const title = t('books.perbup.about', vars).toUpperCase();
  const s = c.doc.documentSettings;
  return {
    heading: [
      `${head} ${vars.REGION}`,
      t('books.perbup.province', { name: c.doc.region.provinceName.toUpperCase() }),
    ],
    number: t('books.perbup.number', { HEAD: head, REGION: vars.REGION }),
    about: `${t('books.perbup.aboutLabel')}\n${title}`,
    opening: `${t('books.perbup.grace')}\n\n${head} ${vars.REGION},`,
    consider: [
      t('books.perbup.consider'),
      t('books.perbup.considerA', vars),
      t('books.perbup.considerB', vars),
      t('books.perbup.considerC', vars),
    ],
    recall: [
      t('books.perbup.recall'),
      t('books.perbup.recall1'),
      t('books.perbup.recall2'),
      t('books.perbup.recall3'),
      t('books.perbup.recall4'),
      t('books.perbup.recall5'),
      ...(c.doc.rpjmd?.legalBasis ? [c.doc.rpjmd.legalBasis] : []),
    ],
    decide: `${t('books.perbup.decide')}\n\n${t('books.perbup.enact')}: ${t('books.perbup.regulation', vars).toUpperCase()} ${t('books.perbup.aboutLabel')} ${title}.`,
    articles: [
      {
        chapter: t('books.perbup.chapter1'),
        title: t('books.perbup.article', { n: 1 }),
        paragraphs: [t('books.perbup.article1', vars)],
      },
      {
        chapter: t('books.perbup.chapter2'),
        title: t('books.perbup.article', { n: 2 }),
        paragraphs: [t('books.perbup.article2', vars)],
      },
      {
        title: t('books.perbup.article', { n: 3 }),
        paragraphs: [t('books.perbup.article3', vars)],
      },
      {
        chapter: t('books.perbup.chapter3'),
        title: t('books.perbup.article', { n: 4 }),
        paragraphs: [t('books.perbup.article4', vars)],
      },
      {
        title: t('books.perbup.article', { n: 5 }),
        paragraphs: [t('books.perbup.article5', vars)],
      },
      {
        chapter: t('books.perbup.chapter4'),
        title: t('books.perbup.article', { n: 6 }),
        paragraphs: [t('books.perbup.article6', vars)],
      },
    ],
    closing: [
      t('books.perbup.setAt', { place: s?.place || c.doc.region.capital }),
      t('books.perbup.setOn'),
    ],
    signPlace: s?.place || c.doc.region.capital,
    signTitle: `${head} ${vars.REGION},`,
    signName: s?.signatoryName ? s.signatoryName.toUpperCase() : '',
    promulgation: [
      t('books.perbup.promulgatedAt', { place: s?.place || c.doc.region.capital }),
      t('books.perbup.promulgatedOn'),
      t('books.perbup.secretary', vars),
      '',
      t('books.perbup.gazette', vars),
    ],
    lampiranHeader: [
      t('books.perbup.lampiran'),
      t('books.perbup.lampiranOf', { HEAD: head, REGION: vars.REGION }),
      t('books.perbup.lampiranNumber'),
      `${t('books.perbup.aboutLabel')} ${title}`,
    ],
  };
}
