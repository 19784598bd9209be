import { afterEach, describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../../shared/contract';
import type { Comment, PackageInfo } from '../../../shared/contract/packages';
import { call, tempDir, testCore } from '../../test/helpers';
import type { Core } from '../app';
import type { PlanDocument } from '../../../shared/plan-document';
import { targetChecker } from '../packages/packages.service';
import { changesPlan } from './read-only-guard';

const cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

async function pc(seedDemo: boolean, name: string) {
  const core = await testCore({ dataDir: tempDir(), seedDemo });
  cores.push(core);
  await call(core, 'identity.set', { name, instansi: `Instansi ${name}`, email: '' });
  return core;
}

describe('review', () => {
  it('travels: review copy, comments, signed review file, answers back in the next package', async () => {
    const author = await pc(true, 'Rina');
    const [plan] = await call<PlanSummary[]>(author, 'plans.list');
    const pkg = await call<{ dataBase64: string; manifestHash: string }>(
      author,
      'packages.export',
      {
        planId: plan!.id,
      },
    );

    const reviewer = await pc(false, 'Budi');
    await call(reviewer, 'packages.import', { data: pkg.dataBase64, mode: 'review' });
    expect(await call(reviewer, 'review.status', { planId: plan!.id })).toMatchObject({
      reviewMode: true,
      manifestHash: pkg.manifestHash,
      signerName: 'Rina',
    });
    expect(await call(reviewer, 'review.copies')).toEqual([plan!.id]);
    expect(await call(author, 'review.copies')).toEqual([]);
    const doc = await call<{ programmes: Array<{ id: string }> }>(reviewer, 'plans.document', {
      planId: plan!.id,
    });
    const comment = await call<Comment>(reviewer, 'review.add', {
      planId: plan!.id,
      targetType: 'programme',
      targetId: doc.programmes[0]!.id,
      severity: 'major',
      body: 'Indikator belum terukur.',
    });
    expect(comment).toMatchObject({ authorName: 'Budi', authorInstansi: 'Instansi Budi' });

    // Read-only everywhere: a change through the core is refused, not only in the UI.
    const refused = await reviewer.dispatch('plans.rename', { planId: plan!.id, title: 'X' });
    expect(!refused.ok && refused.error.code).toBe('review.readOnly');
    const reply = await reviewer.dispatch('review.reply', {
      planId: plan!.id,
      commentId: comment.id,
      reply: 'x',
    });
    expect(!reply.ok && reply.error.code).toBe('review.readOnly');

    const review = await call<{ dataBase64: string; fileName: string }>(reviewer, 'review.export', {
      planId: plan!.id,
    });
    expect(review.fileName).toMatch(/-tinjauan\.rancang$/);

    const info = await call<PackageInfo>(author, 'packages.inspect', { data: review.dataBase64 });
    expect(info).toMatchObject({
      kind: 'review',
      status: 'intact',
      commentCount: 1,
      reviewOfKnown: true,
      signer: { name: 'Budi' },
    });
    expect(await call(author, 'review.import', { data: review.dataBase64 })).toEqual({
      planId: plan!.id,
      added: 1,
      updated: 0,
    });
    await call(author, 'review.reply', {
      planId: plan!.id,
      commentId: comment.id,
      reply: 'Indikator ditambahkan.',
    });
    await call(author, 'review.resolve', {
      planId: plan!.id,
      commentId: comment.id,
      resolved: true,
    });
    // Importing the same review again keeps the answer and the resolution.
    expect(await call(author, 'review.import', { data: review.dataBase64 })).toMatchObject({
      added: 0,
      updated: 1,
    });
    const [answered] = await call<Comment[]>(author, 'review.list', { planId: plan!.id });
    expect(answered).toMatchObject({
      reply: 'Indikator ditambahkan.',
      body: 'Indikator belum terukur.',
    });
    expect(answered!.resolvedAt).not.toBeNull();

    // The answers travel with the next package: the reviewer updates the review copy.
    const next = await call<{ dataBase64: string }>(author, 'packages.export', {
      planId: plan!.id,
    });
    await call(reviewer, 'packages.import', { data: next.dataBase64, mode: 'review' });
    const [back] = await call<Comment[]>(reviewer, 'review.list', { planId: plan!.id });
    expect(back).toMatchObject({ reply: 'Indikator ditambahkan.' });
    expect(back!.resolvedAt).not.toBeNull();
  });

  it("re-opening a newer version for review keeps the reviewer's unexported comments", async () => {
    const author = await pc(true, 'Rina');
    const [plan] = await call<PlanSummary[]>(author, 'plans.list');
    const first = await call<{ dataBase64: string }>(author, 'packages.export', {
      planId: plan!.id,
    });
    const reviewer = await pc(false, 'Budi');
    await call(reviewer, 'packages.import', { data: first.dataBase64, mode: 'review' });
    const doc = await call<{ programmes: Array<{ id: string }> }>(reviewer, 'plans.document', {
      planId: plan!.id,
    });
    const [kept, removed] = doc.programmes;
    const add = (targetType: string, targetId: string, body: string) =>
      call<Comment>(reviewer, 'review.add', {
        planId: plan!.id,
        targetType,
        targetId,
        severity: 'minor',
        body,
      });
    await add('programme', kept!.id, 'Tetap ada.');
    await add('programme', removed!.id, 'Program yang nanti dihapus.');
    await add('document_section', 'buku2:2.1', 'Bagian 2.1 terlalu singkat.');

    // Meanwhile the authors remove a programme and send a newer package.
    await call(author, 'programmes.remove', { planId: plan!.id, programmeId: removed!.id });
    const second = await call<{ dataBase64: string }>(author, 'packages.export', {
      planId: plan!.id,
    });
    const info = await call<PackageInfo>(reviewer, 'packages.inspect', {
      data: second.dataBase64,
    });
    expect(info.existing).toMatchObject({ reviewCopy: true, comments: 3 });
    const result = await call(reviewer, 'packages.import', {
      data: second.dataBase64,
      mode: 'review',
    });
    expect(result).toMatchObject({ keptComments: 3, orphanedComments: 1 });
    const after = await call<Comment[]>(reviewer, 'review.list', { planId: plan!.id });
    expect(after.map((c) => c.body).sort()).toEqual(
      ['Bagian 2.1 terlalu singkat.', 'Program yang nanti dihapus.', 'Tetap ada.'].sort(),
    );
    // Still bound to the newer package: the review file reviews what the reviewer now sees.
    const status = await call<{ manifestHash: string }>(reviewer, 'review.status', {
      planId: plan!.id,
    });
    const secondInfo = await call<PackageInfo>(author, 'packages.inspect', {
      data: second.dataBase64,
    });
    expect(status.manifestHash).toBe(secondInfo.manifestHash);
  });

  it('every kind of item the issue lists can carry a comment, and the authors find it', async () => {
    const author = await pc(true, 'Rina');
    const [plan] = await call<PlanSummary[]>(author, 'plans.list');
    const pkg = await call<{ dataBase64: string }>(author, 'packages.export', {
      planId: plan!.id,
    });
    const reviewer = await pc(false, 'Budi');
    await call(reviewer, 'packages.import', { data: pkg.dataBase64, mode: 'review' });
    const doc = await call<PlanDocument>(reviewer, 'plans.document', { planId: plan!.id });
    const targets: Array<[string, string]> = [
      ['rpjmd_item', doc.rpjmdItems[0]!.id],
      ['statement', doc.statements[0]!.id],
      ['pillar', 'governance'],
      ['sub_dimension', reviewer.ctx.reference.data.pillars.pillars[0]!.subDimensions[0]!.code],
      ['swot', doc.swot[0]!.id],
      ['strategic_issue', doc.strategicIssues[0]!.id],
      ['programme', doc.programmes[0]!.id],
      ['quickwin', doc.quickWins[0]!.id],
      ['roadmap', doc.programmes[1]!.id],
      ['document', 'buku3'],
      ['document_section', 'buku2:2.1'],
    ];
    for (const [targetType, targetId] of targets) {
      await call(reviewer, 'review.add', {
        planId: plan!.id,
        targetType,
        targetId,
        severity: 'info',
        body: `Tentang ${targetType}`,
      });
    }
    const review = await call<{ dataBase64: string }>(reviewer, 'review.export', {
      planId: plan!.id,
    });
    await call(author, 'review.import', { data: review.dataBase64 });
    const comments = await call<Comment[]>(author, 'review.list', { planId: plan!.id });
    const key = ([a, b]: [string, string]) => `${a}:${b}`;
    expect(comments.map((c) => key([c.targetType, c.targetId])).sort()).toEqual(
      targets.map(key).sort(),
    );
    const authorDoc = await call<PlanDocument>(author, 'plans.document', { planId: plan!.id });
    const exists = targetChecker(authorDoc, author.ctx.reference.data);
    for (const c of comments) expect(exists(c.targetType, c.targetId), c.targetType).toBe(true);
  });

  it('refuses a review of a plan that is not in the store, and an altered review', async () => {
    const author = await pc(true, 'Rina');
    const [plan] = await call<PlanSummary[]>(author, 'plans.list');
    const pkg = await call<{ dataBase64: string }>(author, 'packages.export', { planId: plan!.id });
    const reviewer = await pc(false, 'Budi');
    await call(reviewer, 'packages.import', { data: pkg.dataBase64, mode: 'review' });
    const review = await call<{ dataBase64: string }>(reviewer, 'review.export', {
      planId: plan!.id,
    });
    const stranger = await pc(false, 'Sari');
    const missing = await stranger.dispatch('review.import', { data: review.dataBase64 });
    expect(!missing.ok && missing.error.code).toBe('review.planMissing');

    const bytes = Buffer.from(review.dataBase64, 'base64');
    const { readZipEntries } = await import('../packages/zip-reader');
    const { zipEntries } = await import('../packages/zip-writer');
    const entries = await readZipEntries(bytes);
    entries.set(
      'review.json',
      Buffer.from(entries.get('review.json')!.toString().replace('Budi', 'Bupati')),
    );
    const altered = (await zipEntries([...entries], new Date())).toString('base64');
    const result = await author.dispatch('review.import', { data: altered });
    expect(!result.ok && result.error.code).toBe('package.altered');
    expect(await call(author, 'review.list', { planId: plan!.id })).toEqual([]);
  });

  it('recognises which methods change a plan', () => {
    expect(changesPlan('plans.updateProfile')).toBe(true);
    expect(changesPlan('team.addMember')).toBe(true);
    expect(changesPlan('rpjmd.reorderItems')).toBe(true);
    expect(changesPlan('plans.document')).toBe(false);
    expect(changesPlan('plans.delete')).toBe(false);
    expect(changesPlan('documents.startExport')).toBe(false);
    expect(changesPlan('review.add')).toBe(false);
  });
});
