/**
 * Bundled and run by packages.bench.mjs: export, verify and import of a large synthetic plan
 * with its five PDF books. Prints one JSON line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../main/core/app';
import { bookDocuments } from '../main/core/packages/book-documents';
import { setIdentity } from '../main/core/packages/identity.service';
import { openPackage, readPlan } from '../main/core/packages/package';
import { exportPackage, importPackage } from '../main/core/packages/packages.service';
import { writeFileAtomic } from '../main/core/packages/zip-writer';
import { insertPlanDocument } from '../main/core/plans/plan-document.repository';
import type { PlanDocument } from '../shared/plan-document';

const [resourcesDir, programmeCount] = process.argv.slice(2) as [string, string];
const demo = JSON.parse(
  fs.readFileSync(path.join(resourcesDir, 'demo/manggarai-timur.json'), 'utf8'),
) as PlanDocument;
const LONG =
  'Kegiatan ini dilaksanakan bertahap bersama perangkat daerah terkait, dimulai dari kajian kebutuhan, penyusunan standar layanan, integrasi sistem, pelatihan petugas dan sosialisasi. ';

/** The demo plan grown to `n` programmes, a full ten-year roadmap, many RPJMD items and comments. */
function synthetic(n: number): PlanDocument {
  const at = demo.plan.updatedAt;
  const years = Array.from({ length: 10 }, (_, i) => demo.plan.startYear + i);
  const programmes = Array.from({ length: n }, (_, i) => {
    const p = demo.programmes[i % demo.programmes.length]!;
    return {
      ...p,
      id: `syn-${i}`,
      name: `${p.name} — tahap ${i + 1}`,
      description: `${p.description} ${LONG.repeat(4)}`,
      startYear: years[0]!,
      endYear: years[9]!,
      dependsOn: [],
    };
  });
  const sources = ['apbd', 'apbn', 'dak', 'csr'];
  const budgets = programmes.flatMap((p, i) =>
    years.flatMap((y) =>
      sources.slice(0, 2).map((s, k) => ({
        id: `b-${i}-${y}-${k}`,
        programmeId: p.id,
        year: y,
        sourceCode: s,
        amount: 100_000_000 + ((i * 31 + y * 7) % 900) * 1_000_000,
        updatedAt: at,
      })),
    ),
  );
  const scores = programmes.flatMap((p, i) =>
    demo.criteria.map((c, k) => ({
      id: `s-${i}-${k}`,
      programmeId: p.id,
      criterionId: c.id,
      score: ((i + k) % 5) + 1,
      updatedAt: at,
    })),
  );
  const quickWins = demo.quickWins.map((q, i) => ({ ...q, programmeId: programmes[i]!.id }));
  const rpjmdItems = [
    ...demo.rpjmdItems,
    ...Array.from({ length: 1000 }, (_, i) => ({
      id: `r-${i}`,
      parentId: null,
      kind: 'program' as const,
      code: `9.${i}`,
      text: LONG,
      opdId: null,
      updatedAt: at,
    })),
  ];
  const comments = Array.from({ length: 500 }, (_, i) => ({
    id: `c-${i}`,
    targetType: 'programme',
    targetId: programmes[i % n]!.id,
    severity: 'minor',
    body: LONG,
    authorName: 'Peninjau',
    authorInstansi: 'Bappeda Provinsi',
    createdAt: at,
    reply: '',
    repliedAt: null,
    resolvedAt: null,
    updatedAt: at,
  }));
  return {
    ...demo,
    programmes,
    budgets,
    scores,
    quickWins,
    rpjmdItems,
    comments,
    indicators: demo.indicators.filter((x) => !x.programmeId),
  };
}

async function time<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, (performance.now() - start) / 1000];
}

async function main() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-bench-packages-'));
  const core = (dataDir: string) =>
    createCore({ dataDir, resourcesDir, host: 'test', version: 'bench', seedDemo: false });
  const a = await core(path.join(base, 'a'));
  const env = { dataDir: path.join(base, 'a'), appVersion: 'bench' };
  await setIdentity(a.ctx, env.dataDir, { name: 'Bench', instansi: 'Bappeda', email: '' });
  const doc = synthetic(Number(programmeCount));
  await a.ctx.db.transaction().execute((trx) => insertPlanDocument(trx, doc));
  const [documents, pdfSeconds] = await time(() => bookDocuments(a.ctx, doc.plan.id));

  const file = path.join(base, 'plan.rancang');
  const [exported, exportSeconds] = await time(async () => {
    const result = await exportPackage(a.ctx, env, doc.plan.id, { documents });
    writeFileAtomic(file, result.bytes);
    return result;
  });
  const [verdict, verifySeconds] = await time(async () => {
    const opened = await openPackage(fs.readFileSync(file));
    readPlan(opened);
    return opened.status;
  });
  const b = await core(path.join(base, 'b'));
  const [, importSeconds] = await time(() =>
    importPackage(
      b.ctx,
      { dataDir: path.join(base, 'b'), appVersion: 'bench' },
      fs.readFileSync(file),
      'new',
    ),
  );
  await a.close();
  await b.close();
  fs.rmSync(base, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      programmes: doc.programmes.length,
      budgets: doc.budgets.length,
      rpjmdItems: doc.rpjmdItems.length,
      comments: doc.comments.length,
      pdfs: documents.length,
      megabytes: exported.bytes.length / 1048576,
      verdict,
      pdfSeconds,
      exportSeconds,
      verifySeconds,
      importSeconds,
    }),
  );
}

void main();
