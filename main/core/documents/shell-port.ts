/**
 * The desktop shell's part in exporting documents: a folder picker and "open folder". Electron
 * registers an implementation at start; browser mode and tests have none (the UI downloads).
 * Files are written only into a folder the user picked in this session, never into a path
 * the renderer made up.
 */
import path from 'node:path';

export interface DocumentsShell {
  pickFolder(title: string): Promise<string | null>;
  openFolder(folder: string): Promise<void>;
}

let shell: DocumentsShell | null = null;
const picked = new Set<string>();

export function setDocumentsShell(implementation: DocumentsShell | null): void {
  shell = implementation;
}

export function hasDocumentsShell(): boolean {
  return shell !== null;
}

export async function pickFolder(title: string): Promise<string | null> {
  if (!shell) return null;
  const folder = await shell.pickFolder(title);
  if (folder) picked.add(path.resolve(folder));
  return folder ? path.resolve(folder) : null;
}

/** Whether the user picked this folder in the dialog during this session. */
export function isPickedFolder(folder: string): boolean {
  return picked.has(path.resolve(folder));
}

export async function openFolder(folder: string): Promise<void> {
  if (shell && isPickedFolder(folder)) await shell.openFolder(path.resolve(folder));
}

/** For tests: trusts a folder as if the user had picked it. */
export function trustFolderForTests(folder: string): void {
  picked.add(path.resolve(folder));
}
