import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StepDiff } from '../../../../shared/contract/packages';

/** Counts of added, changed and removed items per step, between this PC and the package. */
export function DiffTable({ diff }: { diff: StepDiff[] }) {
  const { t } = useTranslation();
  const rows = diff.filter((d) => d.added + d.changed + d.removed > 0);
  if (rows.length === 0) return <Text size="sm">{t('packages.diff.same')}</Text>;
  return (
    <Table withTableBorder striped aria-label={t('packages.diff.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('packages.diff.part')}</Table.Th>
          <Table.Th ta="right">{t('packages.diff.added')}</Table.Th>
          <Table.Th ta="right">{t('packages.diff.changed')}</Table.Th>
          <Table.Th ta="right">{t('packages.diff.removed')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((d) => (
          <Table.Tr key={d.part}>
            <Table.Td>
              {d.part === 'comments' ? t('review.comments') : t(`steps.${d.part}`)}
            </Table.Td>
            <Table.Td ta="right">{d.added}</Table.Td>
            <Table.Td ta="right">{d.changed}</Table.Td>
            <Table.Td ta="right">{d.removed}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
