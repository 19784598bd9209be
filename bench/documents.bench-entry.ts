/**
 * Bundled and run by documents.bench.mjs in a fresh process per scenario: renders the five books
 * of a plan and prints one JSON line with seconds, peak memory and page counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderBooks } from '../main/core/documents/index';
import { renderInWorker } from '../main/core/documents/worker-host';
import { loadReference } from '../main/core/reference/reference.loader';
import type { PlanDocument } from '../shared/plan-document';
import { syntheticPlan } from './synthetic-plan';

const [resourcesDir, programmes, paper] = process.argv.slice(2) as [string, string, 'a4' | 'f4'];
const ref = loadReference(resourcesDir).data;
const demo = JSON.parse(
  fs.readFileSync(path.join(resourcesDir, 'demo/manggarai-timur.json'), 'utf8'),
) as PlanDocument;

const doc = Number(programmes) === 0 ? demo : syntheticPlan(demo, Number(programmes));
const started = process.hrtime.bigint();
// The production path: a worker thread (the bench builds it next to this bundle).
renderInWorker(doc, ref, { paper }, {})
  .then((books) => books ?? renderBooks(doc, ref, { paper }))
  .then((books) => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // BENCH_OUT=<dir> keeps the PDFs to look at them (pdftoppm).
    const keep = process.env.BENCH_OUT;
    if (keep) {
      fs.mkdirSync(keep, { recursive: true });
      for (const b of books)
        fs.writeFileSync(path.join(keep, `${programmes}-${paper}-${b.book}.pdf`), b.bytes);
    }
    const pages = books.map(
      (b) =>
        (
          Buffer.from(b.bytes)
            .toString('latin1')
            .match(/\/Type \/Page\b/g) ?? []
        ).length,
    );
    console.log(
      JSON.stringify({
        seconds,
        peakMb: process.resourceUsage().maxRSS / 1024,
        pages,
        megabytes: books.reduce((n, b) => n + b.bytes.length, 0) / 1e6,
      }),
    );
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
