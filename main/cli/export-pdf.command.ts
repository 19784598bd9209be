/** `rancang export-pdf <plan-id> --out <dir>`: writes the plan's formal documents as PDF files. */
import fs from 'node:fs';
import path from 'node:path';
import { bookIds, type BookId } from '../core/documents';
import { renderPlanBooks, writeAtomically } from '../core/documents/documents.service';
import { readLogo } from '../core/documents/logo.store';
import type { CliCommand } from './command';

export const exportPdfCommand: CliCommand = {
  name: 'export-pdf',
  usage:
    '<plan-id> --out <dir> [--books …] [--paper a4|f4] [--draft] [--lang id|en] [--logo <png>]',
  summaryKey: 'documents.cli.summary',
  options: {
    out: { type: 'string' },
    books: { type: 'string' },
    paper: { type: 'string' },
    draft: { type: 'boolean' },
    lang: { type: 'string', default: 'id' },
    logo: { type: 'string' },
  },
  args: { min: 1, max: 1 },
  async run({ core, out, t, json, options, args, dataDir }) {
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
    // The CLI checked --lang already (id or en): documents follow the language of the CLI.
    const lang = (options.lang as string | undefined) === 'en' ? 'en' : 'id';
    // Without --logo, the covers carry the logo chosen in the Dokumen step (if any).
    let logo: string | null = readLogo(dataDir, args[0]!);
    const logoFile = options.logo as string | undefined;
    if (logoFile) {
      const bytes = fs.existsSync(logoFile) ? fs.readFileSync(logoFile) : null;
      const type = !bytes
        ? null
        : bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
          ? 'image/png'
          : bytes[0] === 0xff && bytes[1] === 0xd8
            ? 'image/jpeg'
            : null;
      if (!bytes || !type) {
        out.error(t('documents.cli.badLogo', { file: logoFile }));
        return 2;
      }
      logo = `data:${type};base64,${bytes.toString('base64')}`;
    }
    const books = await renderPlanBooks(core.ctx, {
      planId: args[0]!,
      books: wanted as BookId[],
      paper,
      draft: Boolean(options.draft),
      lang,
      logo,
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
