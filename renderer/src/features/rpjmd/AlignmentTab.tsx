import {
  Badge,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  alignmentCoverage,
  alignmentFindings,
  alignmentMatrix,
} from '../../../../shared/analysis/alignment';
import type { Finding } from '../../../../shared/analysis/finding';
import { rpjmdNumbers } from '../../../../shared/analysis/rpjmd-numbering';
import type { PlanDocument } from '../../../../shared/plan-document';
import { localized, type ReferenceData } from '../../../../shared/reference';
import { PlanQueryState } from '../../components/PlanQueryState';
import { useLanguage } from '../readonly/ReadOnlyNote';

const SEVERITY_COLOR = { error: 'red', warning: 'orange', info: 'blue' } as const;

function Findings({
  planId,
  doc,
  findings,
  onOpen,
}: {
  planId: string;
  doc: PlanDocument;
  findings: Finding[];
  onOpen: (f: Finding, indicatorItem?: string | null) => void;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const open = (f: Finding) => {
    if (f.step !== 'rpjmd') {
      // A programme opens selected in its step (the agreed deep link `?programme=<id>`).
      const search =
        f.targetType === 'programme' ? `?programme=${encodeURIComponent(f.targetId)}` : '';
      navigate(`/plans/${planId}/${f.step}${search}`);
      return;
    }
    const item =
      f.targetType === 'indicator'
        ? doc.indicators.find((i) => i.id === f.targetId)?.rpjmdItemId
        : undefined;
    onOpen(f, item);
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="findings-title">
      <Group justify="space-between" mb={6}>
        <Title order={3} size="h5" id="findings-title">
          {t('alignment.findings')}
        </Title>
        <Badge variant="light" color={findings.length ? 'orange' : 'teal'}>
          {t('alignment.findingsCount', { count: findings.length })}
        </Badge>
      </Group>
      {findings.length === 0 ? (
        <Text size="sm" c="teal">
          {t('alignment.noFindings')}
        </Text>
      ) : (
        <ul className="outline-list" aria-label={t('alignment.findings')}>
          {findings.map((f, i) => (
            <li key={`${f.code}-${f.targetId}-${i}`}>
              <UnstyledButton
                onClick={() => open(f)}
                py={4}
                px={6}
                w="100%"
                style={{ borderRadius: 4 }}
                className="finding-button"
              >
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge size="xs" color={SEVERITY_COLOR[f.severity]} variant="light" mt={3}>
                    {t(`alignment.severity.${f.severity}`)}
                  </Badge>
                  <Text size="sm">
                    {t(`findings.${f.code}` as 'findings.misiNotServed', f.params)}
                  </Text>
                </Group>
              </UnstyledButton>
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}

function Coverage({ doc, reference }: { doc: PlanDocument; reference: ReferenceData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const coverage = useMemo(() => alignmentCoverage(doc, reference), [doc, reference]);
  return (
    <SimpleGrid cols={2}>
      <Paper withBorder p="sm" component="section" aria-labelledby="cov-misi">
        <Title order={3} size="h5" id="cov-misi" mb={6}>
          {t('alignment.coverageMisi')}
        </Title>
        <Stack gap={6}>
          {coverage.misi.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('alignment.noMisi')}
            </Text>
          )}
          {coverage.misi.map((m) => {
            const percent = m.total ? Math.round((m.covered / m.total) * 100) : 0;
            const label = t('alignment.misiCoverage', {
              number: m.number,
              covered: m.covered,
              total: m.total,
              programmes: m.programmes,
            });
            return (
              <div key={m.id}>
                <Text size="xs">{label}</Text>
                <Progress
                  value={percent}
                  color={percent === 100 ? 'teal' : percent > 0 ? 'blue' : 'red'}
                  aria-label={label}
                />
              </div>
            );
          })}
        </Stack>
      </Paper>
      <Paper withBorder p="sm" component="section" aria-labelledby="cov-pillar">
        <Title order={3} size="h5" id="cov-pillar" mb={6}>
          {t('alignment.coveragePillar')}
        </Title>
        <Stack gap={6}>
          {coverage.pillars.map((p) => {
            const pillar = reference.pillars.pillars.find((x) => x.code === p.code);
            return (
              <Group key={p.code} justify="space-between" wrap="nowrap">
                <Text size="sm">{pillar ? localized(pillar.name, language) : p.code}</Text>
                <Group gap={6} wrap="nowrap">
                  <Text size="xs" c="dimmed">
                    {t('alignment.pillarCoverage', {
                      linked: p.linkedProgrammes,
                      programmes: p.programmes,
                      statements: p.linkedStatements,
                    })}
                  </Text>
                  <Badge color={p.anchored ? 'teal' : 'red'} variant="light" size="sm">
                    {p.anchored ? t('alignment.anchored') : t('alignment.notAnchored')}
                  </Badge>
                </Group>
              </Group>
            );
          })}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}

function Matrix({ doc, reference }: { doc: PlanDocument; reference: ReferenceData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = useMemo(() => alignmentMatrix(doc), [doc]);
  const numbers = useMemo(() => rpjmdNumbers(doc.rpjmdItems), [doc.rpjmdItems]);
  const misi = doc.rpjmdItems.filter((i) => i.kind === 'misi');
  const misiOfSasaran = (sasaranId: string, misiId: string) =>
    (numbers.get(sasaranId) ?? '').split('.')[0] === numbers.get(misiId);
  const pillarName = (code: string | null) => {
    const p = reference.pillars.pillars.find((x) => x.code === code);
    return p ? localized(p.name, language) : '';
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="matrix-title">
      <Title order={3} size="h5" id="matrix-title" mb={4}>
        {t('alignment.matrix')}
      </Title>
      <Text size="xs" c="dimmed" mb={6}>
        {t('alignment.matrixHint')}
      </Text>
      <Table.ScrollContainer minWidth={600} maxHeight={420}>
        <Table className="matrix-table" withTableBorder withColumnBorders stickyHeader striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('alignment.row')}</Table.Th>
              {misi.map((m) => (
                <Table.Th key={m.id} title={m.text}>
                  {t('alignment.misiColumn', { number: numbers.get(m.id) })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.kind}-${r.id}`}>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {r.kind === 'programme'
                      ? t('alignment.programme')
                      : t(
                          `vision.kinds.${doc.statements.find((s) => s.id === r.id)?.kind ?? 'tujuan'}`,
                        )}
                    {r.pillarCode ? ` · ${pillarName(r.pillarCode)}` : ''}
                  </Text>
                  <Text size="sm" lineClamp={2}>
                    {r.label || t('common.none')}
                  </Text>
                </Table.Td>
                {misi.map((m) => {
                  const served = r.misi.includes(m.id);
                  const sas = r.sasaran
                    .filter((s) => misiOfSasaran(s, m.id))
                    .map((s) => numbers.get(s))
                    .join(', ');
                  return (
                    <Table.Td key={m.id} aria-label={served ? t('alignment.serves') : undefined}>
                      {served ? (
                        <Text size="xs" fw={600} c="teal.8">
                          {sas || '●'}
                        </Text>
                      ) : null}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** Findings, coverage and the goal/programme × RPJMD misi matrix. */
export const AlignmentTab = memo(function AlignmentTab({
  planId,
  onOpen,
}: {
  planId: string;
  onOpen: (f: Finding, indicatorItem?: string | null) => void;
}) {
  const language = useLanguage();
  return (
    <PlanQueryState planId={planId}>
      {(plan, reference) => (
        <Stack gap="sm">
          <Findings
            planId={planId}
            doc={plan}
            findings={alignmentFindings(plan, reference, language)}
            onOpen={onOpen}
          />
          <Coverage doc={plan} reference={reference} />
          <Matrix doc={plan} reference={reference} />
        </Stack>
      )}
    </PlanQueryState>
  );
});
