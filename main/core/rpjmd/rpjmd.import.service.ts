/**
 * Import and export of the RPJMD cascade table. The import is all-or-nothing: the preview
 * lists every problem (row, column, reason); apply refuses while any remains and then replaces
 * the whole RPJMD in one transaction, re-attaching programme and statement links by item
 * number, and adding the OPDs it names that the plan does not have yet.
 */
import { rpjmdNumbers } from '../../../shared/analysis/rpjmd-numbering';
import type { ParsedInput } from '../../../shared/contract';
import {
  importMappingSchema,
  type ImportMapping,
  type ImportPreview,
} from '../../../shared/contract/rpjmd';
import { AppError } from '../../../shared/errors';
import { createI18n } from '../../../shared/i18n';
import type { CoreContext } from '../context';
import { touchPlan } from '../plans/plans.repository';
import { readRpjmd } from './rpjmd.repository';
import { requirePlan, RPJMD_YEARS } from './rpjmd.service';
import {
  fitMapping,
  guessMapping,
  parseCascade,
  TEMPLATE_HEADERS,
  templateHeaders,
} from './rpjmd.table';
import { readSheet, writeCascade } from './rpjmd.xlsx';
import { readSetting, writeSetting } from '../settings/app-setting.repository';

const MAPPING_KEY = 'rpjmd.importMapping';

const decode = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const file = (fileName: string, bytes: Buffer) => ({ fileName, base64: bytes.toString('base64') });
const safeName = (s: string) =>
  s
    .replace(/[^\w\- ]+/g, '')
    .replace(/\s+/g, '-')
    .slice(0, 60);

async function rememberedMapping(ctx: CoreContext): Promise<ImportMapping | null> {
  const parsed = importMappingSchema.safeParse(await readSetting(ctx.db, MAPPING_KEY));
  return parsed.success ? parsed.data : null;
}

async function period(ctx: CoreContext, planId: string) {
  const plan = await requirePlan(ctx, planId);
  const header = await ctx.db
    .selectFrom('rpjmd')
    .select(['period_start', 'period_end'])
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return header
    ? { start: header.period_start, end: header.period_end }
    : { start: plan.start_year, end: plan.start_year + RPJMD_YEARS - 1 };
}

const years = (p: { start: number; end: number }) =>
  Array.from({ length: p.end - p.start + 1 }, (_, i) => p.start + i);

export async function importTemplate(ctx: CoreContext, input: ParsedInput<'rpjmd.importTemplate'>) {
  const p = await period(ctx, input.planId);
  const at = ctx.now();
  const item = (id: string, parentId: string | null, kind: never, text: string, code = '') => ({
    id,
    parentId,
    kind,
    text,
    code,
    opdId: null,
    updatedAt: at,
  });
  // A tiny example cascade shows the shape: numbers give the tree, one indicator per row.
  const example = {
    rpjmd: null,
    items: [
      item(
        'm',
        null,
        'misi' as never,
        'Mewujudkan tata kelola pemerintahan yang baik dan melayani',
      ),
      item('t', 'm', 'tujuan' as never, 'Meningkatkan kualitas pelayanan publik'),
      item('s', 't', 'sasaran' as never, 'Meningkatnya penerapan SPBE'),
      item('p', 's', 'program' as never, 'Program Aplikasi Informatika', '2.16.03'),
    ],
    indicators: [
      {
        id: 'i',
        rpjmdItemId: 's',
        programmeId: null,
        kind: 'outcome' as const,
        name: 'Indeks SPBE',
        unit: 'indeks',
        baseline: 1.8,
        baselineYear: p.start - 1,
        updatedAt: at,
        targets: years(p).map((y, i) => ({
          id: `t${i}`,
          year: y,
          value: 2 + i * 0.25,
          updatedAt: at,
        })),
      },
    ],
  };
  const t = createI18n(input.language).t;
  const h = templateHeaders(input.language);
  const bytes = await writeCascade(example, years(p), (id) => (id ? '' : 'Dinas Kominfo'), {
    language: input.language,
    instructions: {
      sheet: t('import.sheet.name'),
      lines: [
        t('import.sheet.title'),
        t('import.sheet.required', { columns: [h.code, h.kind, h.text].join(', ') }),
        t('import.sheet.codes'),
        t('import.sheet.kinds'),
        t('import.sheet.indicators', {
          code: h.code,
          kind: h.kind,
          text: h.text,
          indicator: h.indicator,
        }),
        t('import.sheet.numbers'),
        t('import.sheet.replace'),
      ],
    },
  });
  const name = input.language === 'en' ? 'RPJMD-template' : 'Templat-RPJMD';
  return file(`${name}-${p.start}-${p.end}.xlsx`, bytes);
}

export async function exportXlsx(ctx: CoreContext, input: ParsedInput<'rpjmd.exportXlsx'>) {
  const p = await period(ctx, input.planId);
  const plan = await requirePlan(ctx, input.planId);
  const data = await readRpjmd(ctx.db, input.planId);
  const opds = await ctx.db
    .selectFrom('opd')
    .selectAll()
    .where('plan_id', '=', input.planId)
    .execute();
  const opdName = (id: string | null) => opds.find((o) => o.id === id)?.name ?? '';
  const bytes = await writeCascade(data, years(p), opdName, { language: input.language });
  return file(`RPJMD-${safeName(plan.region.name)}-${p.start}-${p.end}.xlsx`, bytes);
}

export async function importRead(ctx: CoreContext, input: ParsedInput<'rpjmd.importRead'>) {
  await requirePlan(ctx, input.planId);
  const sheet = await readSheet(decode(input.base64), input.fileName);
  const remembered = await rememberedMapping(ctx);
  const mapping =
    (remembered && fitMapping(remembered, sheet.headers)) ?? guessMapping(sheet.headers);
  const filled = sheet.rows.filter((r) =>
    Object.values(r.cells).some((c) => c !== null && String(c).trim() !== ''),
  );
  return { headers: sheet.headers, rows: filled.length, mapping };
}

async function parse(ctx: CoreContext, input: ParsedInput<'rpjmd.importPreview'>) {
  const p = await period(ctx, input.planId);
  const sheet = await readSheet(decode(input.base64), input.fileName);
  const missing = (['code', 'kind', 'text'] as const).filter(
    (f) => !input.mapping.fields[f] || !sheet.headers.includes(input.mapping.fields[f]!),
  );
  if (missing.length)
    throw new AppError('import.missingColumns', {
      columns: missing.map((f) => TEMPLATE_HEADERS[f]).join(', '),
    });
  return parseCascade(sheet.rows, input.mapping, p);
}

async function opdMatcher(ctx: CoreContext, planId: string) {
  const opds = await ctx.db.selectFrom('opd').selectAll().where('plan_id', '=', planId).execute();
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  return (name: string) =>
    opds.find(
      (o) => norm(o.name) === norm(name) || (o.abbreviation && norm(o.abbreviation) === norm(name)),
    );
}

export async function importPreview(
  ctx: CoreContext,
  input: ParsedInput<'rpjmd.importPreview'>,
): Promise<ImportPreview> {
  const parsed = await parse(ctx, input);
  await writeSetting(ctx.db, MAPPING_KEY, input.mapping);
  const match = await opdMatcher(ctx, input.planId);
  const newOpds = [...new Set(parsed.items.map((i) => i.opd).filter((n) => n && !match(n)))];
  const counts: Record<string, number> = {};
  for (const i of parsed.items) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
  const replaced = await ctx.db
    .selectFrom('rpjmd_item')
    .select(ctx.db.fn.countAll<number>().as('n'))
    .where('plan_id', '=', input.planId)
    .executeTakeFirstOrThrow();
  return {
    counts,
    indicators: parsed.indicators.length,
    newOpds,
    replaced: Number(replaced.n),
    problems: parsed.problems.slice(0, 500),
    sample: parsed.items
      .slice(0, 40)
      .map((i) => ({ row: i.row, number: i.number, kind: i.kind, text: i.text })),
  };
}

export async function importApply(ctx: CoreContext, input: ParsedInput<'rpjmd.importApply'>) {
  const parsed = await parse(ctx, input);
  if (parsed.problems.length)
    throw new AppError('import.invalidRows', {
      count: new Set(parsed.problems.map((p) => p.row)).size,
    });
  const plan = await requirePlan(ctx, input.planId);
  const planId = input.planId;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    // Links survive by (kind, number): "Sasaran 2.1.3" before is "Sasaran 2.1.3" after.
    const old = await readRpjmd(trx, planId);
    const oldNumbers = rpjmdNumbers(old.items);
    const oldKey = new Map(old.items.map((i) => [i.id, `${i.kind}:${oldNumbers.get(i.id)}`]));
    const progLinks = await trx
      .selectFrom('programme_rpjmd_link')
      .selectAll()
      .where('plan_id', '=', planId)
      .execute();
    const stLinks = await trx
      .selectFrom('sc_statement_rpjmd_link')
      .selectAll()
      .where('plan_id', '=', planId)
      .execute();
    await trx.deleteFrom('rpjmd_item').where('plan_id', '=', planId).execute();

    const header = await trx
      .selectFrom('rpjmd')
      .select('id')
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    if (!header)
      await trx
        .insertInto('rpjmd')
        .values({
          id: ctx.newId(),
          plan_id: planId,
          updated_at: now,
          period_start: plan.start_year,
          period_end: plan.start_year + RPJMD_YEARS - 1,
          visi: '',
          legal_basis: '',
        })
        .execute();

    const opds = await trx.selectFrom('opd').selectAll().where('plan_id', '=', planId).execute();
    const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
    const opdId = new Map<string, string>();
    for (const o of opds) {
      opdId.set(norm(o.name), o.id);
      if (o.abbreviation) opdId.set(norm(o.abbreviation), o.id);
    }
    let opdOrder = opds.reduce((m, o) => Math.max(m, o.sort_order), -1);
    for (const item of parsed.items) {
      if (!item.opd || opdId.has(norm(item.opd))) continue;
      const id = ctx.newId();
      await trx
        .insertInto('opd')
        .values({
          id,
          plan_id: planId,
          updated_at: now,
          name: item.opd,
          abbreviation: '',
          sort_order: ++opdOrder,
        })
        .execute();
      opdId.set(norm(item.opd), id);
    }

    const ids = new Map<string, string>();
    for (const [index, item] of parsed.items.entries()) {
      const id = ctx.newId();
      ids.set(item.key, id);
      await trx
        .insertInto('rpjmd_item')
        .values({
          id,
          plan_id: planId,
          updated_at: now,
          parent_id: item.parentKey ? ids.get(item.parentKey)! : null,
          kind: item.kind,
          code: item.nomenclature,
          text: item.text,
          opd_id: item.opd ? (opdId.get(norm(item.opd)) ?? null) : null,
          sort_order: index,
        })
        .execute();
    }
    for (const [index, ind] of parsed.indicators.entries()) {
      const id = ctx.newId();
      const kind =
        ind.itemKey.startsWith('tujuan') || ind.itemKey.startsWith('misi')
          ? 'impact'
          : ind.itemKey.startsWith('program')
            ? 'output'
            : 'outcome';
      await trx
        .insertInto('indicator')
        .values({
          id,
          plan_id: planId,
          updated_at: now,
          rpjmd_item_id: ids.get(ind.itemKey)!,
          programme_id: null,
          kind,
          name: ind.name,
          unit: ind.unit,
          baseline: ind.baseline,
          baseline_year: ind.baselineYear,
          sort_order: index,
        })
        .execute();
      for (const t of ind.targets)
        await trx
          .insertInto('indicator_target')
          .values({
            id: ctx.newId(),
            plan_id: planId,
            updated_at: now,
            indicator_id: id,
            year: t.year,
            value: t.value,
          })
          .onConflict((oc) => oc.doNothing())
          .execute();
    }
    for (const l of progLinks) {
      const target = ids.get(oldKey.get(l.rpjmd_item_id) ?? '');
      if (target)
        await trx
          .insertInto('programme_rpjmd_link')
          .values({ ...l, id: ctx.newId(), rpjmd_item_id: target, updated_at: now })
          .onConflict((oc) => oc.doNothing())
          .execute();
    }
    for (const l of stLinks) {
      const target = ids.get(oldKey.get(l.rpjmd_item_id) ?? '');
      if (target)
        await trx
          .insertInto('sc_statement_rpjmd_link')
          .values({ ...l, id: ctx.newId(), rpjmd_item_id: target, updated_at: now })
          .onConflict((oc) => oc.doNothing())
          .execute();
    }
    await touchPlan(trx, planId, now);
  });
  return { items: parsed.items.length, indicators: parsed.indicators.length };
}
