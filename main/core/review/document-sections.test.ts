import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../../shared/contract';
import type { DocumentSection } from '../../../shared/contract/packages';
import { call, tempDir, testCore } from '../../test/helpers';

describe('document sections as comment targets', () => {
  it('numbers chapters and sections as the PDFs do, in the chosen language', async () => {
    const core = await testCore({ dataDir: tempDir(), seedDemo: true });
    const [demo] = await call<PlanSummary[]>(core, 'plans.list');
    const started = performance.now();
    const id = await call<DocumentSection[]>(core, 'review.documentSections', {
      planId: demo!.id,
      lang: 'id',
    });
    const ms = performance.now() - started;
    const en = await call<DocumentSection[]>(core, 'review.documentSections', {
      planId: demo!.id,
      lang: 'en',
    });
    const buku2 = id.filter((s) => s.book === 'buku2');
    expect(buku2[0]).toMatchObject({ id: 'buku2:1', number: 'BAB I', level: 0 });
    const section = buku2.find((s) => s.id === 'buku2:2.1')!;
    expect(section).toMatchObject({ number: '2.1', level: 1 });
    expect(section.chapter).toMatch(/^BAB II /);
    expect(section.title.length).toBeGreaterThan(0);
    // Same ids in both languages: a comment keeps its place whatever language the UI uses.
    expect(en.map((s) => s.id)).toEqual(id.map((s) => s.id));
    expect(new Set(id.map((s) => s.id)).size).toBe(id.length);
    expect(new Set(id.map((s) => s.book))).toEqual(
      new Set(['buku1', 'buku2', 'buku3', 'ringkasan']),
    );
    console.log(`document sections: ${id.length} in ${ms.toFixed(0)} ms`);
    await core.close();
  });
});
