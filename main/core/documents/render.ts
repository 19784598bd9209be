/**
 * pdfmake, set up once per process: the embedded Roboto fonts (read from pdfmake's own package,
 * which ships with the app) and no network or disk access from document definitions.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

let ready = false;

/** Where the embedded fonts are: pdfmake's own Roboto, found through Node's resolution. */
export function fontDirectory(): string {
  const here = typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'x.js');
  const pkg = createRequire(here).resolve('pdfmake/package.json');
  return path.join(path.dirname(pkg), 'fonts', 'Roboto');
}

function setup() {
  if (ready) return;
  // Real paths (not pdfmake's virtual file system): SVG text in charts opens fonts by path.
  const dir = fontDirectory();
  const fonts = Object.fromEntries(
    Object.entries(FONT_FILES).map(([style, file]) => [style, path.join(dir, file)]),
  );
  pdfmake.setFonts({ Roboto: fonts as Record<keyof typeof FONT_FILES, string> });
  pdfmake.setUrlAccessPolicy(() => false);
  // Documents may read the embedded fonts and nothing else from disk.
  pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === dir);
  ready = true;
}

/** Renders one definition to PDF bytes. */
export async function renderPdf(dd: TDocumentDefinitions): Promise<Uint8Array> {
  setup();
  const buffer = await pdfmake.createPdf(dd).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Negative: the leader sits on the text's baseline, not under its descenders. */
const LEADER_LIFT = -3.2;

/** The table layout of formal documents: thin grey rules, roomy cells. */
export function registerLayouts() {
  pdfmake.addTableLayouts({
    formal: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#7a8799',
      vLineColor: () => '#7a8799',
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 2.5,
      paddingBottom: () => 2.5,
    },
    // Lines of the Daftar Isi/Tabel/Gambar: no rules but the dotted leader under the middle cell.
    leader: {
      hLineWidth: (i) => (i === 1 ? 0.9 : 0),
      vLineWidth: () => 0,
      hLineColor: () => '#555',
      hLineStyle: () => ({ dash: { length: 0.9, space: 2.1 } }),
      paddingLeft: (i) => (i === 0 ? 0 : 3),
      paddingRight: (i) => (i === 2 ? 0 : 3),
      paddingTop: () => 0,
      paddingBottom: () => LEADER_LIFT,
    },
  });
}
