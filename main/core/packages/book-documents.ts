/** The plan's PDF books (H5's renderer, in its worker when bundled), named for `documents/`. */
import type { CoreContext } from '../context';
import { bookIds } from '../documents';
import { renderPlanBooks } from '../documents/documents.service';
import type { PackageDocument } from './packages.service';

export function documentEntryName(fileName: string): string {
  const slug = fileName
    .replace(/\.pdf$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'dokumen'}.pdf`;
}

/** All five books, A4, final (not draft), in Indonesian: the formal documents as they are filed. */
export async function bookDocuments(ctx: CoreContext, planId: string): Promise<PackageDocument[]> {
  const books = await renderPlanBooks(ctx, {
    planId,
    books: [...bookIds],
    paper: 'a4',
    draft: false,
    lang: 'id',
  });
  return books.map((b) => ({ fileName: documentEntryName(b.fileName), bytes: b.bytes }));
}
