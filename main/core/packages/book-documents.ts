/** The plan's PDF books (H5's renderer), named for the package's `documents/` folder. */
import type { PlanDocument } from '../../../shared/plan-document';
import type { CoreContext } from '../context';
import { renderBooks } from '../documents';
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

export async function bookDocuments(
  ctx: CoreContext,
  doc: PlanDocument,
): Promise<PackageDocument[]> {
  const books = await renderBooks(doc, ctx.reference.data, {});
  return books.map((b) => ({ fileName: documentEntryName(b.fileName), bytes: b.bytes }));
}
