import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { PlanSummary } from '../../../../shared/contract';
import { formatDate } from '../../../../shared/format';
import { QueryState } from '../../components/QueryState';
import { useErrorText, useInfo, usePlans, useSave } from '../../data/queries';
import { CreatePlanModal } from './CreatePlanModal';
import { OpenPackageButton } from '../packages/PackageOpener';
import { ReviewCopyBadge } from '../review/ReviewCopyBadge';
import { PlanActions } from './PlanActions';

function overallPercent(plan: PlanSummary): number {
  const done = plan.progress.reduce((sum, p) => sum + p.done, 0);
  const total = plan.progress.reduce((sum, p) => sum + p.total, 0);
  return total === 0 ? 0 : Math.round((done / total) * 100);
}

function PlanTable({ plans }: { plans: PlanSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('home.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('home.columns.title')}</Table.Th>
          <Table.Th>{t('home.columns.region')}</Table.Th>
          <Table.Th>{t('home.columns.period')}</Table.Th>
          <Table.Th>{t('home.columns.status')}</Table.Th>
          <Table.Th w={140}>{t('home.columns.progress')}</Table.Th>
          <Table.Th>{t('home.columns.updated')}</Table.Th>
          <Table.Th w={60}>
            <span className="visually-hidden">{t('common.actions')}</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {plans.map((plan) => {
          const percent = overallPercent(plan);
          return (
            <Table.Tr key={plan.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Link href={`/plans/${plan.id}/profile`} className="plan-link">
                    {plan.title}
                  </Link>
                  {plan.isExample && (
                    <Badge variant="light" color="grape" size="sm">
                      {t('common.example')}
                    </Badge>
                  )}
                  <ReviewCopyBadge planId={plan.id} />
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{plan.regionName}</Text>
                <Text size="xs" c="dimmed">
                  {plan.regionCode} · {plan.provinceName}
                </Text>
              </Table.Td>
              <Table.Td>
                {plan.startYear}–{plan.endYear}
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="outline"
                  color={
                    plan.status === 'final' ? 'teal' : plan.status === 'review' ? 'orange' : 'gray'
                  }
                >
                  {t(`status.${plan.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Progress
                  value={percent}
                  size="md"
                  aria-label={t('home.progressLabel', { percent })}
                />
                <Text size="xs" c="dimmed">
                  {percent}%
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(plan.updatedAt, language)}</Text>
              </Table.Td>
              <Table.Td>
                <PlanActions plan={plan} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const plans = usePlans();
  const info = useInfo();
  const [creating, setCreating] = useState(false);
  const [, navigate] = useLocation();
  const errorText = useErrorText();
  const createDemo = useSave('demo.create');

  const onCreateDemo = () =>
    createDemo.mutate(
      {},
      {
        onSuccess: (plan) => {
          notifications.show({ color: 'teal', message: t('home.demoCreated') });
          navigate(`/plans/${plan.id}/profile`);
        },
        onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
      },
    );

  return (
    <Container size="xl" py="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2}>{t('home.title')}</Title>
            <Text c="dimmed" size="sm">
              {t('home.subtitle')}
            </Text>
          </div>
          <Group>
            <OpenPackageButton />
            <Button variant="default" onClick={onCreateDemo} loading={createDemo.isPending}>
              {t('home.createDemo')}
            </Button>
            <Button onClick={() => setCreating(true)}>{t('home.newPlan')}</Button>
          </Group>
        </Group>
        <QueryState query={plans}>
          {(list) =>
            list.length === 0 ? (
              <Alert color="blue">{t('home.empty')}</Alert>
            ) : (
              <PlanTable plans={list} />
            )
          }
        </QueryState>
        {info.data && (
          <Text size="xs" c="dimmed">
            {t('home.storeLocation', { path: info.data.storeFile })}
          </Text>
        )}
      </Stack>
      <CreatePlanModal opened={creating} onClose={() => setCreating(false)} />
    </Container>
  );
}
