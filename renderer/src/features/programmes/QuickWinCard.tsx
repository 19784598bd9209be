/** One chosen quick win: stability, warnings, rationale, profile and risk register. */
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Finding } from '../../../../shared/analysis/finding';
import type { ProgrammeScore, StabilityResult } from '../../../../shared/analysis/scoring';
import {
  QUICKWIN_PROFILE_TYPES,
  type ProgrammeDto,
  type QuickWinDto,
} from '../../../../shared/contract/programmes';
import { localized, type ReferenceData } from '../../../../shared/reference';
import { AutosaveTextarea, AutosaveTextInput } from '../../components/autosave';
import { stamp, useCriterionName, useDocSave, useNames, type Doc } from './data';

const level = (likelihood: number, impact: number) => {
  const v = likelihood * impact;
  return v >= 15 ? 'tinggi' : v >= 8 ? 'sedang' : 'rendah';
};
const LEVEL_COLOR = { tinggi: 'red', sedang: 'yellow', rendah: 'teal' } as const;

function RiskRow({
  planId,
  risk,
  handling,
}: {
  planId: string;
  risk: QuickWinDto['risks'][number];
  handling: Array<{ value: string; label: string }>;
}) {
  const { t } = useTranslation();
  const update = useDocSave(
    'quickwin.updateRisk',
    planId,
    (d, input) => ({
      ...d,
      quickWins: d.quickWins.map((q) => ({
        ...q,
        risks: q.risks.map((r) =>
          r.id === input.riskId ? { ...r, ...input.patch, updatedAt: stamp() } : r,
        ),
      })),
    }),
    { refetch: false },
  );
  const remove = useDocSave('quickwin.removeRisk', planId, (d, input) => ({
    ...d,
    quickWins: d.quickWins.map((q) => ({
      ...q,
      risks: q.risks.filter((r) => r.id !== input.riskId),
    })),
  }));
  const save = (patch: Parameters<typeof update.mutate>[0]['patch']) =>
    update.mutate({ planId, riskId: risk.id, patch });
  const scale = ['1', '2', '3', '4', '5'];
  const lv = level(risk.likelihood, risk.impact);
  return (
    <Table.Tr>
      <Table.Td>
        <AutosaveTextarea
          size="xs"
          autosize
          minRows={1}
          aria-label={t('quickwin.risks.risk')}
          value={risk.risk}
          onSave={(v) => save({ risk: v })}
        />
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={60}
          aria-label={t('quickwin.risks.likelihood')}
          data={scale}
          value={String(risk.likelihood)}
          allowDeselect={false}
          onChange={(v) => v && save({ likelihood: Number(v) })}
        />
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={60}
          aria-label={t('quickwin.risks.impact')}
          data={scale}
          value={String(risk.impact)}
          allowDeselect={false}
          onChange={(v) => v && save({ impact: Number(v) })}
        />
      </Table.Td>
      <Table.Td>
        <Badge size="sm" color={LEVEL_COLOR[lv]} variant="light">
          {risk.likelihood * risk.impact} · {t(`quickwin.risks.levels.${lv}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={110}
          aria-label={t('quickwin.risks.handling')}
          data={handling}
          value={risk.handling}
          allowDeselect={false}
          onChange={(v) => v && save({ handling: v })}
        />
      </Table.Td>
      <Table.Td>
        <AutosaveTextarea
          size="xs"
          autosize
          minRows={1}
          aria-label={t('quickwin.risks.mitigation')}
          value={risk.mitigation}
          onSave={(v) => save({ mitigation: v })}
        />
      </Table.Td>
      <Table.Td>
        <AutosaveTextInput
          size="xs"
          aria-label={t('quickwin.risks.owner')}
          value={risk.owner}
          onSave={(v) => save({ owner: v })}
        />
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('quickwin.risks.remove')}
          onClick={() => remove.mutate({ planId, riskId: risk.id })}
        >
          ×
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

function QuickWinCardView({
  planId,
  doc,
  refData: ref,
  quickWin: q,
  programme: p,
  result,
  stability,
  findings,
  onUnselect,
  openRequest = 0,
}: {
  planId: string;
  doc: Doc;
  refData: ReferenceData;
  quickWin: Doc['quickWins'][number];
  programme: ProgrammeDto;
  result: ProgrammeScore | undefined;
  stability: StabilityResult | undefined;
  findings: Finding[];
  onUnselect: () => void;
  /** Changes (1, 2, …) each time a link asks for this card: it opens and comes into view. */
  openRequest?: number;
}) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const names = useNames(ref, doc);
  const pending = q.id.startsWith('pending-');
  const [open, setOpen] = useState(q.rationale === '');
  const [seenRequest, setSeenRequest] = useState(0);
  if (openRequest !== seenRequest) {
    setSeenRequest(openRequest);
    if (openRequest) setOpen(true);
  }
  const cardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!openRequest) return;
    cardRef.current?.scrollIntoView({ block: 'start' });
    cardRef.current?.querySelector<HTMLElement>('.quickwin-toggle')?.focus({ preventScroll: true });
  }, [openRequest]);
  const update = useDocSave(
    'quickwin.update',
    planId,
    (d, input) => ({
      ...d,
      quickWins: d.quickWins.map((x) =>
        x.id === input.quickWinId ? { ...x, ...input.patch, updatedAt: stamp() } : x,
      ),
    }),
    { refetch: false },
  );
  const addRisk = useDocSave('quickwin.addRisk', planId);
  const save = (patch: Parameters<typeof update.mutate>[0]['patch']) =>
    update.mutate({ planId, quickWinId: q.id, patch });
  const handling = ref.vocabularies.riskHandling.map((h) => ({
    value: h.code,
    label: localized(h.name, i18n.language),
  }));
  const nameOf = useCriterionName(ref);
  const criterionName = (id: string) => {
    const c = doc.criteria.find((x) => x.id === id);
    return c ? nameOf(c) : id;
  };
  const status = stability?.status;
  const flips = stability?.flips
    .map((f) =>
      t('quickwin.stability.move', {
        criterion: criterionName(f.criterionId),
        delta: f.delta > 0 ? `+${f.delta}` : String(f.delta),
      }),
    )
    .join('; ');
  return (
    <Paper
      ref={cardRef}
      withBorder
      p="sm"
      component="article"
      aria-label={p.name}
      className="quickwin-card"
      data-quickwin={q.id}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <UnstyledButton
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          className="quickwin-toggle"
        >
          <Text fw={600}>
            <span aria-hidden>{open ? '▾' : '▸'}</span> {p.name}
          </Text>
          <Text size="xs" c="dimmed">
            {names.pillar(p.pillarCode)} · {names.sub(p.subDimensionCode)} ·{' '}
            {names.opd(p.leadOpdId) || t('programmes.detail.noOpd')}
            {result?.score != null &&
              ` · ${t('quickwin.score')} ${result.score.toFixed(2)} · ${t('quickwin.rank')} ${result.rank}`}
          </Text>
        </UnstyledButton>
        <Group gap="xs" wrap="nowrap">
          {status && (
            <Tooltip
              multiline
              w={320}
              label={
                status === 'sensitif'
                  ? t('quickwin.stability.flips', { moves: flips })
                  : t('quickwin.stability.help')
              }
            >
              <Badge
                tabIndex={0}
                color={status === 'stabil' ? 'teal' : status === 'sensitif' ? 'yellow' : 'gray'}
                variant="light"
                aria-label={`${t('quickwin.stability.label')}: ${t(`quickwin.stability.${status}`)}`}
              >
                {t(`quickwin.stability.${status}`)}
              </Badge>
            </Tooltip>
          )}
          <Button size="compact-xs" variant="subtle" color="gray" onClick={onUnselect}>
            {t('quickwin.unselect')}
          </Button>
        </Group>
      </Group>
      {status === 'sensitif' && (
        <Text size="xs" c="yellow.9" mt={4}>
          {t('quickwin.stability.flips', { moves: flips })}
        </Text>
      )}
      {findings.length > 0 && (
        <List size="xs" mt={6} c="orange.9" aria-label={t('quickwin.warnings.title')}>
          {findings.map((f, i) => (
            <List.Item key={`${f.code}-${i}`}>
              ⚠ {t(`findings.${f.code}` as 'findings.quickWinWithoutLeadOpd', f.params)}
              {f.code === 'quickWinWithoutLeadOpd' && (
                <>
                  {' '}
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    onClick={() =>
                      navigate(`/plans/${planId}/programmes?programme=${encodeURIComponent(p.id)}`)
                    }
                  >
                    {t('quickwin.warnings.openProgramme')}
                  </Anchor>
                </>
              )}
            </List.Item>
          ))}
        </List>
      )}
      <fieldset disabled={pending} className="plain-fieldset" hidden={!open}>
        <AutosaveTextarea
          mt="xs"
          size="xs"
          label={t('quickwin.rationale')}
          placeholder={t('quickwin.rationalePlaceholder')}
          autosize
          minRows={2}
          value={q.rationale}
          onSave={(rationale) => save({ rationale })}
        />
        <Text size="sm" fw={600} mt="sm">
          {t('quickwin.profile.title')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 4 }} spacing="xs">
          <Stack gap={4}>
            <Select
              size="xs"
              label={t('quickwin.profile.type')}
              data={QUICKWIN_PROFILE_TYPES.map((code) => ({
                value: code,
                label: t(`quickwin.profileTypes.${code}`),
              }))}
              value={q.profileType || null}
              allowDeselect={false}
              onChange={(v) => v && save({ profileType: v })}
            />
            <AutosaveTextInput
              size="xs"
              inputMode="numeric"
              label={t('quickwin.profile.duration')}
              description={t('quickwin.profile.durationHelp')}
              value={q.durationMonths != null ? String(q.durationMonths) : ''}
              validate={(text) =>
                text.trim() === '' || (/^\d{1,3}$/.test(text.trim()) && +text >= 1 && +text <= 120)
                  ? null
                  : t('quickwin.profile.durationInvalid')
              }
              onSave={(text) =>
                save({ durationMonths: text.trim() === '' ? null : Number(text.trim()) })
              }
            />
          </Stack>
          <AutosaveTextarea
            size="xs"
            autosize
            minRows={1}
            label={t('quickwin.profile.benefit')}
            value={q.benefit}
            onSave={(benefit) => save({ benefit })}
          />
          <AutosaveTextarea
            size="xs"
            autosize
            minRows={1}
            label={t('quickwin.profile.partners')}
            value={q.partners}
            onSave={(partners) => save({ partners })}
          />
          <AutosaveTextarea
            size="xs"
            autosize
            minRows={1}
            label={t('quickwin.profile.sustainability')}
            value={q.sustainability}
            onSave={(sustainability) => save({ sustainability })}
          />
        </SimpleGrid>
        <Group justify="space-between" mt="sm">
          <Text size="sm" fw={600}>
            {t('quickwin.risks.title')}
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => addRisk.mutate({ planId, quickWinId: q.id })}
          >
            {t('quickwin.risks.add')}
          </Button>
        </Group>
        {q.risks.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('quickwin.risks.none')}
          </Text>
        ) : (
          <Table
            className="dense-table risk-table"
            aria-label={`${t('quickwin.risks.title')}: ${p.name}`}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quickwin.risks.risk')}</Table.Th>
                <Table.Th>{t('quickwin.risks.likelihood')}</Table.Th>
                <Table.Th>{t('quickwin.risks.impact')}</Table.Th>
                <Table.Th>{t('quickwin.risks.level')}</Table.Th>
                <Table.Th>{t('quickwin.risks.handling')}</Table.Th>
                <Table.Th>{t('quickwin.risks.mitigation')}</Table.Th>
                <Table.Th>{t('quickwin.risks.owner')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.risks.map((r) => (
                <RiskRow key={r.id} planId={planId} risk={r} handling={handling} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </fieldset>
    </Paper>
  );
}

type CardProps = Parameters<typeof QuickWinCardView>[0];
const cardKey = (p: CardProps) =>
  JSON.stringify([
    p.quickWin,
    p.programme,
    p.result?.score,
    p.result?.rank,
    p.stability,
    p.findings,
    p.doc.opds,
    p.doc.criteria,
  ]);

/** Re-rendered only when what it shows changes (a score typed elsewhere leaves it alone). */
export const QuickWinCard = memo(
  QuickWinCardView,
  (a, b) =>
    a.planId === b.planId &&
    a.refData === b.refData &&
    ((a.doc === b.doc &&
      a.quickWin === b.quickWin &&
      a.programme === b.programme &&
      a.result === b.result &&
      a.stability === b.stability &&
      a.findings === b.findings) ||
      cardKey(a) === cardKey(b)) &&
    a.openRequest === b.openRequest,
);
