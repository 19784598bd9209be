/** Quick-win selection: weights, scoring grid, recommendations, quadrant, picks with profile and risks. */
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roadmapFindings } from '../../../../shared/analysis/roadmap';
import {
  recommendQuickWins,
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

const WeightsEditor = memo(function WeightsEditor({
  planId,
  criteria,
  weights,
  criterionName,
  onChange,
}: {
  planId: string;
  criteria: Doc['criteria'];
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
  const rename = useDocSave(
    'quickwin.updateCriterion',
    planId,
    (d, input) => ({
      ...d,
      criteria: d.criteria.map((c) =>
        c.id === input.criterionId ? { ...c, ...input.patch, updatedAt: stamp() } : c,
      ),
    }),
    { refetch: false },
  );
  const [editing, setEditing] = useState(false);
  const total = weightTotal(Object.values(weights));
  const ok = total === 100;
  const setWeight = (id: string, value: number) => {
    const next = { ...weights, [id]: value };
    if (weightTotal(Object.values(next)) === 100) {
      save.mutate({ planId, weights: next });
      onChange(null);
    } else onChange(next);
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
            <Group key={c.id} gap="xs" wrap="nowrap" align="flex-end">
              <AutosaveTextInput
                size="xs"
                w={280}
                label={t('quickwin.criteria.name', { number: i + 1 })}
                value={c.name}
                validate={(text) => (text.trim() ? null : t('validation.required'))}
                onSave={(name) =>
                  rename.mutate({ planId, criterionId: c.id, patch: { name: name.trim() } })
                }
              />
              <AutosaveTextInput
                size="xs"
                style={{ flex: 1 }}
                label={t('quickwin.criteria.description', { number: i + 1 })}
                value={c.description}
                onSave={(description) =>
                  rename.mutate({ planId, criterionId: c.id, patch: { description } })
                }
              />
            </Group>
          ))}
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
}: {
  planId: string;
  doc: Doc;
  refData: ReferenceData;
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
  const findings = useMemo(() => roadmapFindings(lateDoc, ref), [lateDoc, ref]);
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

  const lateSections = useMemo(
    () => (
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
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
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="sm">
            <Title order={3} size="h5">
              {t('quickwin.quadrant.title')}
            </Title>
            <EChart
              option={option}
              height={320}
              label={t('quickwin.quadrant.summary', {
                count: scoredCount,
                selected:
                  lateDoc.quickWins.map((q) => byId.get(q.programmeId)?.name).join(', ') ||
                  t('common.none'),
              })}
            />
          </Paper>
        </Grid.Col>
      </Grid>
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lateResults, lateRecommended, lateDoc, option, scoredCount, toggle, t],
  );
  return (
    <Stack gap="md">
      <WeightsEditor
        planId={planId}
        criteria={doc.criteria}
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
                doc={doc}
                refData={ref}
                quickWin={q}
                programme={p}
                result={lateResults.find((r) => r.programmeId === p.id)}
                stability={stability.get(p.id)}
                findings={findings.filter(
                  (f) =>
                    (f.targetType === 'quickwin' && f.targetId === q.id) ||
                    (f.code === 'quickWinAfterYearOne' && f.targetId === p.id),
                )}
                onUnselect={() => toggle(p.id, true)}
              />
            );
          })}
        </Stack>
      </div>
    </Stack>
  );
}
