/**
 * Opening `*.rancang` files in the desktop app: from the File menu, from the file manager
 * (file association: the path arrives in argv, in a second instance's argv, or as macOS
 * `open-file`). The file is read here, handed to the UI by a one-time token, and the UI shows
 * the same dialog as for a picked or dropped file. Drag-and-drop is handled by the UI itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LIMITS, PACKAGE_EXTENSION } from '../core/packages/format';

/** The package paths among command-line arguments (flags and their values are skipped). */
export function packagePathsFromArgv(argv: readonly string[]): string[] {
  return argv.filter(
    (arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PACKAGE_EXTENSION),
  );
}

export interface PackageOpenerDeps {
  stage(fileName: string, bytes: Buffer): string;
  /** Shows the UI at this hash route (the window is created or focused by the caller). */
  show(hash: string): void;
  showError(message: string): void;
  /** The translated message for a file that cannot be read or is too big. */
  message(key: 'unreadable' | 'tooBig', params: Record<string, string | number>): string;
  readFile?: (file: string) => Buffer;
  fileSize?: (file: string) => number;
}

export function createPackageOpener(deps: PackageOpenerDeps) {
  const readFile = deps.readFile ?? ((file: string) => fs.readFileSync(file));
  const fileSize = deps.fileSize ?? ((file: string) => fs.statSync(file).size);
  return {
    open(file: string): boolean {
      let bytes: Buffer;
      try {
        const size = fileSize(file);
        if (size > LIMITS.fileBytes) {
          deps.showError(
            deps.message('tooBig', {
              size: Math.round(size / 1048576),
              max: Math.round(LIMITS.fileBytes / 1048576),
            }),
          );
          return false;
        }
        bytes = readFile(file);
      } catch {
        deps.showError(deps.message('unreadable', { file }));
        return false;
      }
      deps.show(`#/open-package/${deps.stage(path.basename(file), bytes)}`);
      return true;
    },
  };
}

/** Options of the native "open" dialog for packages. */
export function openDialogOptions(title: string, filterName: string) {
  return {
    title,
    properties: ['openFile' as const],
    filters: [{ name: filterName, extensions: [PACKAGE_EXTENSION.slice(1)] }],
  };
}
