/** `rancang export-pdf <plan-id> --out <dir>`: writes the plan's formal documents as PDF files. */
import path from 'node:path';
import { bookIds, type BookId } from '../core/documents';
import { renderPlanBooks, writeAtomically } from '../core/documents/documents.service';
import type { CliCommand } from './command';

export const exportPdfCommand: CliCommand = {
  name: 'export-pdf',
  usage:
    '<plan-id> --out <dir> [--books buku1,buku2,buku3,ringkasan,perbup] [--paper a4|f4] [--draft] [--lang id|en]',
  summaryKey: 'documents.cli.summary',
  options: {
    out: { type: 'string' },
    books: { type: 'string' },
    paper: { type: 'string' },
    draft: { type: 'boolean' },
    lang: { type: 'string', default: 'id' },
  },
  args: { min: 1, max: 1 },
  async run({ core, out, t, json, options, args }) {
    const dir = options.out as string | undefined;
    if (!dir) {
      out.error(t('documents.cli.outRequired'));
      return 2;
    }
    const wanted = ((options.books as string | undefined) ?? bookIds.join(','))
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = wanted.filter((b) => !(bookIds as readonly string[]).includes(b));
    if (unknown.length || wanted.length === 0) {
      out.error(
        t('documents.cli.badBooks', { value: unknown.join(', '), allowed: bookIds.join(', ') }),
      );
      return 2;
    }
    const paper = (options.paper as string | undefined) ?? 'a4';
    if (paper !== 'a4' && paper !== 'f4') {
      out.error(t('documents.cli.badPaper', { value: paper }));
      return 2;
    }
    const lang = (options.lang as string | undefined) === 'en' ? 'en' : 'id';
    const books = await renderPlanBooks(core.ctx, {
      planId: args[0]!,
      books: wanted as BookId[],
      paper,
      draft: Boolean(options.draft),
      lang,
    });
    const written: string[] = [];
    for (const b of books) {
      written.push(writeAtomically(path.resolve(dir), b.fileName, b.bytes));
    }
    if (json) out.log(JSON.stringify(written, null, 2));
    else for (const f of written) out.log(f);
    return 0;
  },
};
