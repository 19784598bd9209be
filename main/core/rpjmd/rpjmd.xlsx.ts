/**
 * Reading and writing the cascade table: XLSX through exceljs, CSV (comma, semicolon or tab)
 * by hand. Refuses what it cannot read faithfully: files over 20 MB, files that are not a
 * spreadsheet, and sheets with merged cells (their values would silently land in one row only).
 */
import ExcelJS from 'exceljs';
import { rpjmdNumbers, rpjmdOutline } from '../../../shared/analysis/rpjmd-numbering';
import { IMPORT_MAX_BYTES, type RpjmdData } from '../../../shared/contract/rpjmd';
import { AppError } from '../../../shared/errors';
import { templateHeaders, type Cell, type SheetRow } from './rpjmd.table';

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

const MAX_ROWS = 20_000;
const MAX_COLUMNS = 60;

function isZip(bytes: Uint8Array) {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return String(value);
}

/** Splits CSV text with quotes ("a ""b""", c) on the given delimiter. */
function parseCsv(textIn: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = textIn;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function toSheet(grid: Cell[][], firstRowNumber = 1): Sheet {
  const headerIndex = grid.findIndex(
    (r) => r.filter((c) => c !== null && String(c).trim() !== '').length >= 2,
  );
  if (headerIndex < 0) throw new AppError('import.empty');
  const rawHeaders = grid[headerIndex]!.slice(0, MAX_COLUMNS).map((c) =>
    c === null ? '' : String(c).trim(),
  );
  // Blank or repeated headers get a letter so every column can still be mapped.
  const seen = new Set<string>();
  const headers = rawHeaders.map((h, i) => {
    let name =
      h || `Kolom ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`;
    while (seen.has(name)) name = `${name} (${i + 1})`;
    seen.add(name);
    return name;
  });
  const rows: SheetRow[] = [];
  for (let r = headerIndex + 1; r < grid.length; r++) {
    const cells: Record<string, Cell> = {};
    headers.forEach((h, i) => {
      cells[h] = grid[r]![i] ?? null;
    });
    rows.push({ row: r + firstRowNumber, cells });
  }
  if (!rows.some((r) => Object.values(r.cells).some((c) => c !== null && String(c).trim() !== '')))
    throw new AppError('import.empty');
  return {
    headers: headers.filter(
      (h, i) => rawHeaders[i] !== '' || rows.some((r) => r.cells[h] !== null && r.cells[h] !== ''),
    ),
    rows,
  };
}

/** Reads the first worksheet (or the one named "RPJMD") of an XLSX, or a CSV file. */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  if (bytes.byteLength > IMPORT_MAX_BYTES)
    throw new AppError('import.tooBig', {
      size: Math.round((bytes.byteLength / 1024 / 1024) * 10) / 10,
      max: IMPORT_MAX_BYTES / 1024 / 1024,
    });
  const notSheet = () => new AppError('import.notSpreadsheet', { name: fileName });
  if (isZip(bytes)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
      throw notSheet();
    }
    const ws =
      workbook.worksheets.find((w) => w.name.trim().toUpperCase() === 'RPJMD') ??
      workbook.worksheets.find((w) => w.rowCount > 0);
    if (!ws) throw new AppError('import.empty');
    const merges: string[] = (ws.model as { merges?: string[] }).merges ?? [];
    if (merges.length > 0)
      throw new AppError('import.mergedCells', {
        range: merges.slice(0, 3).join(', ') + (merges.length > 3 ? ', …' : ''),
      });
    if (ws.rowCount > MAX_ROWS) throw notSheet();
    const grid: Cell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= Math.min(ws.columnCount, MAX_COLUMNS); c++)
        cells.push(cellValue(row.getCell(c).value));
      grid.push(cells);
    }
    return toSheet(grid);
  }
  // CSV: readable UTF-8 text without NUL bytes.
  if (bytes.includes(0)) throw notSheet();
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw notSheet();
  }
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].sort(
    (a, b) => firstLine.split(b).length - firstLine.split(a).length,
  )[0]!;
  if (firstLine.split(delimiter).length < 2) throw notSheet();
  const grid = parseCsv(content, delimiter).slice(0, MAX_ROWS + 1);
  return toSheet(grid.map((r) => r.map((c) => (c.trim() === '' ? null : c))));
}

const KIND_LABEL: Record<'id' | 'en', Record<string, string>> = {
  id: {
    misi: 'Misi',
    tujuan: 'Tujuan',
    sasaran: 'Sasaran',
    strategi: 'Strategi',
    arah_kebijakan: 'Arah Kebijakan',
    program: 'Program',
  },
  // Words the import reads back (see `kindOf`).
  en: {
    misi: 'Mission',
    tujuan: 'Goal',
    sasaran: 'Target',
    strategi: 'Strategy',
    arah_kebijakan: 'Policy Direction',
    program: 'Programme',
  },
};

/**
 * The cascade as a workbook: one row per item with its first indicator, then one per indicator.
 * Headers, kind names and sheet names follow `language`; the import reads either language.
 */
export async function writeCascade(
  data: RpjmdData,
  years: number[],
  opdName: (id: string | null) => string,
  options: {
    language?: 'id' | 'en';
    instructions?: { sheet: string; lines: string[] };
  } = {},
): Promise<Buffer> {
  const language = options.language ?? 'id';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rancang';
  const ws = workbook.addWorksheet('RPJMD', { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = [...Object.values(templateHeaders(language)), ...years.map((y) => `Target ${y}`)];
  ws.addRow(headers);
  ws.getRow(1).font = { bold: true };
  ws.columns = headers.map((h, i) => ({
    width: i === 2 ? 60 : i === 5 ? 40 : Math.max(10, h.length + 2),
  }));
  const numbers = rpjmdNumbers(data.items);
  for (const { item } of rpjmdOutline(data.items)) {
    const list = data.indicators.filter((i) => i.rpjmdItemId === item.id);
    const first = list[0];
    const indicatorCells = (ind: (typeof list)[number] | undefined) =>
      ind
        ? [
            ind.name,
            ind.unit,
            ind.baseline,
            ind.baselineYear,
            ...years.map((y) => ind.targets.find((t) => t.year === y)?.value ?? null),
          ]
        : [];
    ws.addRow([
      numbers.get(item.id) ?? '',
      KIND_LABEL[language][item.kind],
      item.text,
      item.code,
      opdName(item.opdId),
      ...indicatorCells(first),
    ]);
    for (const ind of list.slice(1)) ws.addRow(['', '', '', '', '', ...indicatorCells(ind)]);
  }
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  if (options.instructions) {
    const help = workbook.addWorksheet(options.instructions.sheet);
    help.getColumn(1).width = 110;
    for (const line of options.instructions.lines) help.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
