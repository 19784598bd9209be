import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModifiedBy, PackageInfo } from '../../../../shared/contract/packages';
import { formatDate } from '../../../../shared/format';

/** "27 November 2026 14.05" in the user's own time zone. */
export function formatDateTime(iso: string, lang: 'id' | 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const sep = lang === 'en' ? ':' : '.';
  return `${formatDate(day, lang)} ${pad(d.getHours())}${sep}${pad(d.getMinutes())}`;
}

/** "Terakhir diubah oleh Siti (Bappeda Manggarai Timur), 27 November 2026 14.05". */
export function useLastChanged() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (by: ModifiedBy | null, fallbackAt: string | null) => {
    const at = by?.at ?? fallbackAt;
    const when = at ? formatDateTime(at, lang) : '—';
    if (!by?.name) return t('packages.lastChanged.at', { when });
    return by.instansi
      ? t('packages.lastChanged.byInstansi', { name: by.name, instansi: by.instansi, when })
      : t('packages.lastChanged.by', { name: by.name, when });
  };
}

/** Who last changed the plan here and in the package, side by side. */
export function LastChangedTable({ info }: { info: PackageInfo }) {
  const { t } = useTranslation();
  const line = useLastChanged();
  if (!info.existing) return null;
  return (
    <Table withTableBorder aria-label={t('packages.lastChanged.title')}>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row" w="25%">
            {t('packages.lastChanged.here')}
          </Table.Th>
          <Table.Td>{line(info.existing.modifiedBy, info.existing.updatedAt)}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">{t('packages.lastChanged.package')}</Table.Th>
          <Table.Td>{line(info.incomingModifiedBy, info.incomingUpdatedAt)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
