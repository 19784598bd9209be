import { Badge, Group, NavLink, RingProgress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { stepIds, type StepId, type StepProgress } from '../../../../shared/contract';
import { progressPercent } from '../../../../shared/progress';
import { QueryState } from '../../components/QueryState';
import { usePlan, useProgress } from '../../data/queries';
import { ProfileStep } from '../profile/ProfileStep';
import { RoadmapStep } from '../roadmap/RoadmapStep';
import { ProgrammesStep } from '../programmes/ProgrammesStep';
import { PlanPackageBar } from '../review/PlanPackageBar';
import { ReviewScope } from '../review/ReviewScope';
import { DocumentsStep } from '../documents/DocumentsStep';
import { RpjmdStep } from '../rpjmd/RpjmdStep';
import { PillarsStep } from '../pillars/PillarsStep';

const STEP_VIEWS: Record<StepId, (props: { planId: string }) => React.ReactNode> = {
  profile: ProfileStep,
  rpjmd: RpjmdStep,
  pillars: PillarsStep,
  programmes: ProgrammesStep,
  roadmap: RoadmapStep,
  documents: DocumentsStep,
};

function StepIndicator({ progress }: { progress: StepProgress | undefined }) {
  const { t } = useTranslation();
  if (!progress) return null;
  const percent = progressPercent(progress);
  const complete = progress.total > 0 && progress.done === progress.total;
  return (
    <RingProgress
      size={28}
      thickness={4}
      roundCaps={percent > 0}
      sections={percent > 0 ? [{ value: percent, color: complete ? 'teal' : 'blue' }] : []}
      label={
        complete ? (
          <Text ta="center" size="10px" c="teal" aria-hidden>
            ✓
          </Text>
        ) : undefined
      }
      aria-label={
        complete
          ? t('steps.complete')
          : t('steps.progress', { done: progress.done, total: progress.total })
      }
    />
  );
}

function StepNav({ planId, active }: { planId: string; active: StepId }) {
  const { t } = useTranslation();
  const progress = useProgress(planId);
  return (
    <nav aria-label={t('steps.title')}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4}>
        {t('steps.title')}
      </Text>
      {stepIds.map((step, index) => {
        const p = progress.data?.find((x) => x.step === step);
        return (
          <NavLink
            key={step}
            component={Link}
            href={`/plans/${planId}/${step}`}
            active={step === active}
            aria-current={step === active ? 'page' : undefined}
            label={`${index + 1}. ${t(`steps.${step}`)}`}
            description={p ? t('steps.progress', { done: p.done, total: p.total }) : undefined}
            rightSection={<StepIndicator progress={p} />}
          />
        );
      })}
    </nav>
  );
}

export function PlanPage() {
  const { t } = useTranslation();
  const params = useParams<{ planId: string; step?: string }>();
  const planId = params.planId;
  const step: StepId = (stepIds as readonly string[]).includes(params.step ?? '')
    ? (params.step as StepId)
    : 'profile';
  const plan = usePlan(planId);
  const View = STEP_VIEWS[step];
  return (
    <div className="plan-layout">
      <aside className="plan-sidebar">
        <StepNav planId={planId} active={step} />
      </aside>
      <div className="plan-content">
        <QueryState query={plan}>
          {(detail) => (
            <Stack gap="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  <Group gap="xs">
                    <Text size="sm" c="dimmed">
                      {detail.region.name} · {detail.startYear}–{detail.endYear}
                    </Text>
                    {detail.isExample && (
                      <Badge variant="light" color="grape" size="sm">
                        {t('common.example')}
                      </Badge>
                    )}
                  </Group>
                  <Title order={2} size="h3">
                    {t(`steps.${step}`)}
                  </Title>
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {detail.title}
                  </Text>
                </div>
                <PlanPackageBar planId={planId} step={step} />
              </Group>
              <ReviewScope planId={planId}>
                <View planId={planId} />
              </ReviewScope>
            </Stack>
          )}
        </QueryState>
      </div>
    </div>
  );
}
