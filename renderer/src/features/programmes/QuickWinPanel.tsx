/** Quick-win selection: weights, scoring grid, recommendations, quadrant, picks with profile and risks. */
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis/finding';
import { roadmapFindings } from '../../../../shared/analysis/roadmap';
import {
  criterionAxis,
  recommendQuickWins,
  redistribute,
  scoreProgrammes,
  stabilityCheck,
  weightTotal,
} from '../../../../shared/analysis/scoring';
import { quadrantOption } from '../../../../shared/charts/quadrant';
import type { ReferenceData } from '../../../../shared/reference';
import { AutosaveTextInput } from '../../components/autosave';
import { stamp, useCriterionName, useDocSave, useNames, type Doc } from './data';
import { EChart } from './EChart';
import { QuickWinCard } from './QuickWinCard';
import { ScoringGrid } from './ScoringGrid';

type Criterion = Doc['criteria'][number];
const NO_FINDINGS: Finding[] = [];

/** One criterion in the editing table: name, description, quadrant axis, remove. */
function CriterionEditor({
  planId,
  criterion: c,
  number,
  scoreCount,
  weight,
  canRemove,
  onRemoved,
}: {
  planId: string;
  criterion: Criterion;
  number: number;
  scoreCount: number;
  weight: number;
  canRemove: boolean;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const update = useDocSave(
    'quickwin.updateCriterion',
    planId,
    (d, input) => ({
      ...d,
      criteria: d.criteria.map((x) =>
        x.id === input.criterionId ? { ...x, ...input.patch, updatedAt: stamp() } : x,
      ),
    }),
    { refetch: false },
  );
  const remove = useDocSave('quickwin.removeCriterion', planId, (d, input) => {
    const rest = d.criteria.filter((x) => x.id !== input.criterionId);
    const removed = d.criteria.find((x) => x.id === input.criterionId);
    const weights = redistribute(
      rest.map((x) => x.weight),
      removed?.weight ?? 0,
    );
    return {
      ...d,
      criteria: rest.map((x, i) => ({ ...x, weight: weights[i]! })),
      scores: d.scores.filter((s) => s.criterionId !== input.criterionId),
    };
  });
  const doRemove = () => {
    setConfirming(false);
    onRemoved();
    remove.mutate({ planId, criterionId: c.id });
  };
  return (
    <div className="criterion-row" role="group" aria-label={c.name}>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <AutosaveTextInput
          size="xs"
          w={260}
          label={t('quickwin.criteria.name', { number })}
          value={c.name}
          validate={(text) => (text.trim() ? null : t('validation.required'))}
          onSave={(name) =>
            update.mutate({ planId, criterionId: c.id, patch: { name: name.trim() } })
          }
        />
        <AutosaveTextInput
          size="xs"
          style={{ flex: 1 }}
          label={t('quickwin.criteria.description', { number })}
          value={c.description}
          onSave={(description) =>
            update.mutate({ planId, criterionId: c.id, patch: { description } })
          }
        />
        <NativeSelect
          size="xs"
          w={150}
          label={t('quickwin.criteria.axis', { number })}
          value={criterionAxis(c)}
          data={[
            { value: 'impact', label: t('quickwin.quadrant.impact') },
            { value: 'ease', label: t('quickwin.quadrant.ease') },
          ]}
          onChange={(e) =>
            update.mutate({
              planId,
              criterionId: c.id,
              patch: { axis: e.currentTarget.value as 'impact' | 'ease' },
            })
          }
        />
        <Button
          size="xs"
          variant="subtle"
          color="red"
          disabled={!canRemove}
          title={canRemove ? undefined : t('errors.quickwin.lastCriterion')}
          aria-label={t('quickwin.criteria.remove', { name: c.name })}
          onClick={() => (scoreCount > 0 ? setConfirming(true) : doRemove())}
        >
          {t('common.delete')}
        </Button>
      </Group>
      {confirming && (
        <Paper withBorder p="xs" mt={4} bg="red.0" role="alertdialog" aria-label={c.name}>
          <Text size="sm">
            {t('quickwin.criteria.removeConfirm', { name: c.name, count: scoreCount, weight })}
          </Text>
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button size="xs" color="red" onClick={doRemove} data-autofocus>
              {t('quickwin.criteria.removeWithScores')}
            </Button>
          </Group>
        </Paper>
      )}
    </div>
  );
}

const WeightsEditor = memo(function WeightsEditor({
  planId,
  criteria,
  scoreCounts,
  weights,
  criterionName,
  onChange,
}: {
  planId: string;
  criteria: Doc['criteria'];
  /** How many scores each criterion has (criterion id → count). */
  scoreCounts: Map<string, number>;
  weights: Record<string, number>;
  criterionName: (c: { code: string; name: string }) => string;
  onChange: (w: Record<string, number> | null) => void;
}) {
  const { t } = useTranslation();
  const save = useDocSave(
    'quickwin.setWeights',
    planId,
    (d, input) => ({
      ...d,
      criteria: d.criteria.map((c) =>
        input.weights[c.id] !== undefined
          ? { ...c, weight: input.weights[c.id]!, updatedAt: stamp() }
          : c,
      ),
    }),
    { refetch: false },
  );
  const reset = useDocSave('quickwin.resetCriteria', planId);
  const add = useDocSave('quickwin.addCriterion', planId);
  const [editing, setEditing] = useState(false);
  const [newName, setNewName] = useState('');
  const total = weightTotal(criteria.map((c) => weights[c.id] ?? c.weight));
  const ok = total === 100;
  const setWeight = (id: string, value: number) => {
    const next = { ...weights, [id]: value };
    if (weightTotal(criteria.map((c) => next[c.id] ?? c.weight)) === 100) {
      save.mutate({ planId, weights: next });
      onChange(null);
    } else onChange(next);
  };
  const addCriterion = () => {
    const name = newName.trim();
    if (!name) return;
    onChange(null);
    add.mutate({ planId, fields: { name } });
    setNewName('');
  };
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('quickwin.criteria.title')}
        </Title>
        <Group gap="xs">
          <Button
            size="compact-xs"
            variant="subtle"
            aria-expanded={editing}
            onClick={() => setEditing((e) => !e)}
          >
            {editing ? t('quickwin.criteria.done') : t('quickwin.criteria.edit')}
          </Button>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => {
              onChange(null);
              reset.mutate({ planId });
            }}
          >
            {t('quickwin.criteria.reset')}
          </Button>
        </Group>
      </Group>
      {editing && (
        <Stack gap={6} mb="sm">
          {criteria.map((c, i) => (
            <CriterionEditor
              key={c.id}
              planId={planId}
              criterion={c}
              number={i + 1}
              scoreCount={scoreCounts.get(c.id) ?? 0}
              weight={weights[c.id] ?? c.weight}
              canRemove={criteria.length > 1}
              onRemoved={() => onChange(null)}
            />
          ))}
          <Group gap="xs" align="flex-end">
            <TextInput
              size="xs"
              w={260}
              label={t('quickwin.criteria.newName')}
              value={newName}
              maxLength={500}
              onChange={(e) => setNewName(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addCriterion();
                }
              }}
            />
            <Button size="xs" variant="light" disabled={!newName.trim()} onClick={addCriterion}>
              {t('quickwin.criteria.add')}
            </Button>
            <Text size="xs" c="dimmed" style={{ flex: 1 }}>
              {t('quickwin.criteria.addHelp')}
            </Text>
          </Group>
        </Stack>
      )}
      <Group gap="xs" align="flex-end" wrap="wrap">
        {criteria.map((c) => (
          <NumberInput
            key={c.id}
            size="xs"
            w={150}
            label={
              <Text size="xs" lineClamp={2} title={c.description}>
                {criterionName(c)}
              </Text>
            }
            aria-label={t('quickwin.criteria.weight', { name: criterionName(c) })}
            min={0}
            max={100}
            step={5}
            clampBehavior="strict"
            allowDecimal={false}
            suffix="%"
            value={weights[c.id] ?? c.weight}
            onChange={(v) => setWeight(c.id, typeof v === 'number' ? v : Number(v) || 0)}
          />
        ))}
        <Badge
          size="lg"
          color={ok ? 'teal' : 'red'}
          variant="light"
          role="status"
          aria-live="polite"
        >
          {t('quickwin.criteria.total', { total })}
        </Badge>
      </Group>
      {!ok && (
        <Text size="xs" c="red" mt={6} role="alert">
          {t('quickwin.criteria.totalWrong', { total })}
        </Text>
      )}
    </Paper>
  );
});

export function QuickWinPanel({
  planId,
  doc,
  refData: ref,
  openRequest = null,
}: {
  planId: string;
  doc: Doc;
  refData: ReferenceData;
  /** A link asking for one quick win's card (its id); `n` changes on every request. */
  openRequest?: { id: string; n: number } | null;
}) {
  const { t } = useTranslation();
  const names = useNames(ref, doc);
  const criterionName = useCriterionName(ref);
  const [draftWeights, setDraftWeights] = useState<Record<string, number> | null>(null);
  const saved = useMemo(
    () => Object.fromEntries(doc.criteria.map((c) => [c.id, c.weight])),
    [doc.criteria],
  );
  const weights = draftWeights ?? saved;
  const results = useMemo(() => scoreProgrammes(doc, weights), [doc, weights]);
  const recommended = useMemo(() => recommendQuickWins(results), [results]);
  // The grid answers every keystroke at once; the chart, the recommendations, the stability
  // check and the cards follow a moment later (React renders them when it has time).
  const lateDoc = useDeferredValue(doc);
  const lateWeights = useDeferredValue(weights);
  const scoreCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of lateDoc.scores) counts.set(s.criterionId, (counts.get(s.criterionId) ?? 0) + 1);
    return counts;
  }, [lateDoc.scores]);
  const lateResults = useMemo(() => scoreProgrammes(lateDoc, lateWeights), [lateDoc, lateWeights]);
  const lateRecommended = useMemo(() => recommendQuickWins(lateResults), [lateResults]);
  const selectedIds = lateDoc.quickWins.map((q) => q.programmeId);
  const stability = useMemo(
    () =>
      new Map(
        stabilityCheck(lateDoc, selectedIds, { weights: lateWeights }).map((s) => [
          s.programmeId,
          s,
        ]),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lateDoc, lateWeights],
  );
  // Scores do not change these findings: a score typed leaves them alone.
  const findings = useMemo(
    () => roadmapFindings(lateDoc, ref),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lateDoc.plan, lateDoc.programmes, lateDoc.quickWins, lateDoc.budgets, lateDoc.indicators, ref],
  );
  const cardFindings = useMemo(
    () =>
      new Map(
        lateDoc.quickWins.map((q) => [
          q.id,
          findings.filter(
            (f) =>
              (f.targetType === 'quickwin' && f.targetId === q.id) ||
              (f.code === 'quickWinAfterYearOne' && f.targetId === q.programmeId),
          ),
        ]),
      ),
    [findings, lateDoc.quickWins],
  );
  const select = useDocSave('quickwin.select', planId, (d, input) => ({
    ...d,
    quickWins: [
      ...d.quickWins,
      {
        id: `pending-${input.programmeId}`,
        programmeId: input.programmeId,
        rationale: '',
        profileType: 'program',
        benefit: '',
        partners: '',
        sustainability: '',
        updatedAt: stamp(),
        risks: [],
      },
    ],
  }));
  const unselect = useDocSave('quickwin.unselect', planId, (d, input) => ({
    ...d,
    quickWins: d.quickWins.filter((q) => q.programmeId !== input.programmeId),
  }));
  const selectMutate = select.mutate;
  const unselectMutate = unselect.mutate;
  const toggle = useCallback(
    (programmeId: string, isSelected: boolean) =>
      isSelected ? unselectMutate({ planId, programmeId }) : selectMutate({ planId, programmeId }),
    [planId, selectMutate, unselectMutate],
  );

  const byId = new Map(lateDoc.programmes.map((p) => [p.id, p]));
  const option = useMemo(
    () =>
      quadrantOption(
        lateResults
          .filter((r) => r.impact !== null && r.ease !== null)
          .map((r) => ({
            id: r.programmeId,
            name: byId.get(r.programmeId)?.name ?? '',
            impact: r.impact!,
            ease: r.ease!,
            selected: selectedIds.includes(r.programmeId),
            recommended: lateRecommended.has(r.programmeId),
          })),
        {
          impact: t('quickwin.quadrant.impact'),
          ease: t('quickwin.quadrant.ease'),
          selected: t('quickwin.quadrant.selected'),
          recommended: t('quickwin.quadrant.recommended'),
          others: t('quickwin.quadrant.others'),
          quadrants: {
            quickWins: t('quickwin.quadrant.quickWins'),
            major: t('quickwin.quadrant.major'),
            fillIns: t('quickwin.quadrant.fillIns'),
            thankless: t('quickwin.quadrant.thankless'),
          },
        },
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lateResults, lateRecommended, lateDoc.quickWins, t],
  );
  const recommendedByPillar = ref.pillars.pillars
    .map((pl) => ({
      code: pl.code,
      items: lateResults
        .filter((r) => r.pillarCode === pl.code && lateRecommended.has(r.programmeId))
        .sort((a, b) => (b.score ?? 0) - (a.score ?? 0)),
    }))
    .filter((g) => g.items.length);
  const scoredCount = lateResults.filter((r) => r.score !== null).length;
  // Which criteria feed each quadrant axis (only weighted ones count).
  const axisNames = (axis: 'impact' | 'ease') =>
    lateDoc.criteria
      .filter((c) => criterionAxis(c) === axis && (lateWeights[c.id] ?? c.weight) > 0)
      .map((c) => criterionName(c));
  const impactNames = axisNames('impact');
  const easeNames = axisNames('ease');
  const missingAxis = !impactNames.length
    ? t('quickwin.quadrant.impact')
    : !easeNames.length
      ? t('quickwin.quadrant.ease')
      : null;

  const lateSections = useMemo(
    () => (
      <div className="quickwin-columns">
        <div>
          <Paper withBorder p="sm" h="100%">
            <Title order={3} size="h5" mb="xs">
              {t('quickwin.recommendations.title')}
            </Title>
            {recommendedByPillar.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('quickwin.recommendations.none')}
              </Text>
            )}
            <Stack
              gap={6}
              component="ul"
              className="plain-list"
              aria-label={t('quickwin.recommendations.title')}
            >
              {recommendedByPillar.map((g) => (
                <li key={g.code}>
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                    {names.pillar(g.code)}
                  </Text>
                  {g.items.map((r) => {
                    const isSelected = selectedIds.includes(r.programmeId);
                    const name = byId.get(r.programmeId)?.name ?? '';
                    return (
                      <Group key={r.programmeId} gap="xs" wrap="nowrap" justify="space-between">
                        <Text size="sm" lineClamp={1} title={name} style={{ flex: 1, minWidth: 0 }}>
                          {r.rank}. {name}{' '}
                          <Text span size="xs" c="dimmed">
                            {r.score?.toFixed(2)}
                          </Text>
                        </Text>
                        <Button
                          size="compact-xs"
                          style={{ flexShrink: 0 }}
                          variant={isSelected ? 'filled' : 'light'}
                          color={isSelected ? 'orange' : undefined}
                          aria-pressed={isSelected}
                          aria-label={`${isSelected ? t('quickwin.unselect') : t('quickwin.select')}: ${name}`}
                          onClick={() => toggle(r.programmeId, isSelected)}
                        >
                          {isSelected ? `✓ ${t('quickwin.selectedBadge')}` : t('quickwin.pick')}
                        </Button>
                      </Group>
                    );
                  })}
                </li>
              ))}
            </Stack>
          </Paper>
        </div>
        <div>
          <Paper withBorder p="sm">
            <Title order={3} size="h5">
              {t('quickwin.quadrant.title')}
            </Title>
            {missingAxis ? (
              <Alert color="orange" variant="light" mt="xs">
                {t('quickwin.quadrant.missingAxis', { axis: missingAxis })}
              </Alert>
            ) : (
              <>
                <EChart
                  option={option}
                  height={300}
                  label={t('quickwin.quadrant.summary', {
                    count: scoredCount,
                    selected:
                      lateDoc.quickWins.map((q) => byId.get(q.programmeId)?.name).join(', ') ||
                      t('common.none'),
                  })}
                />
                <Text size="xs" c="dimmed">
                  {t('quickwin.quadrant.axes', {
                    impact: impactNames.join(', '),
                    ease: easeNames.join(', '),
                  })}
                </Text>
              </>
            )}
          </Paper>
        </div>
      </div>
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lateResults, lateRecommended, lateDoc, lateWeights, option, scoredCount, toggle, t],
  );
  return (
    <Stack gap="md">
      <WeightsEditor
        planId={planId}
        criteria={doc.criteria}
        scoreCounts={scoreCounts}
        weights={weights}
        criterionName={criterionName}
        onChange={setDraftWeights}
      />
      <div>
        <Title order={3} size="h5">
          {t('quickwin.grid.title')}
        </Title>
        <Text size="xs" c="dimmed" mb={6}>
          {t('quickwin.grid.help')}
        </Text>
        <ScoringGrid
          planId={planId}
          doc={doc}
          results={results}
          recommended={recommended}
          weights={weights}
          pillarName={names.pillar}
          criterionName={criterionName}
          onToggle={toggle}
        />
      </div>
      {lateSections}
      <div>
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h5">
            {t('quickwin.selection.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('quickwin.stability.help')}
          </Text>
        </Group>
        {lateDoc.quickWins.length === 0 && (
          <Alert color="gray" variant="light">
            {t('quickwin.selection.none')}
          </Alert>
        )}
        <Stack gap="sm">
          {lateDoc.quickWins.map((q) => {
            const p = byId.get(q.programmeId);
            if (!p) return null;
            return (
              <QuickWinCard
                key={q.id}
                planId={planId}
                doc={lateDoc}
                refData={ref}
                quickWin={q}
                programme={p}
                result={lateResults.find((r) => r.programmeId === p.id)}
                stability={stability.get(p.id)}
                findings={cardFindings.get(q.id) ?? NO_FINDINGS}
                onUnselect={() => toggle(p.id, true)}
                openRequest={openRequest?.id === q.id ? openRequest.n : 0}
              />
            );
          })}
        </Stack>
      </div>
    </Stack>
  );
}
