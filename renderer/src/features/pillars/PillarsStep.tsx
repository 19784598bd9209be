import { Stack, Tabs, Text } from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStepLink } from '../../components/step-link';
import type { PillarsData } from '../../../../shared/contract/pillars';
import { localized, type ReferenceData } from '../../../../shared/reference';
import { QueryState } from '../../components/QueryState';
import { useReference } from '../../data/queries';
import { useLanguage } from '../readonly/ReadOnlyNote';
import '../rpjmd/rpjmd.css';
import { usePillars } from './data';
import { PillarsOverview } from './PillarsOverview';
import { StrategicIssues } from './StrategicIssues';
import { SubDimensionCard } from './SubDimensionCard';
import { SwotLists } from './SwotLists';

const PillarPanel = memo(function PillarPanel({
  planId,
  data,
  reference,
  code,
}: {
  planId: string;
  data: PillarsData;
  reference: ReferenceData;
  code: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pillar = reference.pillars.pillars.find((p) => p.code === code)!;
  const name = localized(pillar.name, language);
  const levels = reference.readinessScale.levels
    .map((l) => `${l.score} ${localized(l.name, language)}`)
    .join(' · ');
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {localized(pillar.description, language)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('pillars.scale', { levels })}
      </Text>
      {pillar.subDimensions.map((sub) => (
        <SubDimensionCard
          key={sub.code}
          planId={planId}
          code={sub.code}
          name={localized(sub.name, language)}
          description={localized(sub.description, language)}
          analysis={data.subDimensions.find((s) => s.subDimensionCode === sub.code)}
          scale={reference.readinessScale}
        />
      ))}
      <SwotLists
        planId={planId}
        pillarCode={code}
        pillarName={name}
        items={data.swot.filter((s) => s.pillarCode === code)}
      />
      <StrategicIssues
        planId={planId}
        pillarCode={code}
        pillarName={name}
        issues={data.strategicIssues.filter((s) => s.pillarCode === code)}
        subDimensions={pillar.subDimensions.map((s) => ({
          code: s.code,
          name: localized(s.name, language),
        }))}
      />
    </Stack>
  );
});

/** Step 3: readiness, condition and gap, SWOT and strategic issues per pillar, with an overview. */
export function PillarsStep({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pillars = usePillars(planId);
  const reference = useReference();
  const [tab, setTab] = useState('overview');
  // Deep link `?pillar=<code>[&sub=<code>]` (review comments, findings): open that pillar and
  // bring the sub-dimension into view.
  const [focusSub, setFocusSub] = useState<string | null>(null);
  useStepLink(planId, 'pillars', (params) => {
    const linked = params.get('pillar');
    if (linked) {
      setTab(linked);
      setFocusSub(params.get('sub'));
    }
  });
  useEffect(() => {
    if (!focusSub || !reference.data || pillars.data === undefined) return;
    const frame = requestAnimationFrame(() => {
      const el = document.getElementById(`sub-${focusSub}`)?.closest('section');
      el?.scrollIntoView({ block: 'start' });
      el?.querySelector<HTMLElement>('input, textarea, button')?.focus({ preventScroll: true });
      setFocusSub(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusSub, tab, reference.data, pillars.data]);
  return (
    <QueryState query={pillars}>
      {(data) =>
        reference.data ? (
          // Panels stay mounted (React Activity): hidden pillars render at idle priority and
          // switching only reveals one, with everything typed kept.
          <Tabs value={tab} onChange={(v) => setTab(v ?? 'overview')} keepMounted>
            <Tabs.List>
              <Tabs.Tab value="overview">{t('pillars.overview')}</Tabs.Tab>
              {reference.data.pillars.pillars.map((p) => (
                <Tabs.Tab key={p.code} value={p.code}>
                  {localized(p.name, language)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="overview" pt="sm">
              <PillarsOverview data={data} reference={reference.data} onOpenPillar={setTab} />
            </Tabs.Panel>
            {reference.data.pillars.pillars.map((p) => (
              <Tabs.Panel key={p.code} value={p.code} pt="sm">
                <PillarPanel planId={planId} data={data} reference={reference.data} code={p.code} />
              </Tabs.Panel>
            ))}
          </Tabs>
        ) : null
      }
    </QueryState>
  );
}
