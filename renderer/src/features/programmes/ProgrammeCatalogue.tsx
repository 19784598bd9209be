/** The programme catalogue: a dense filterable, sortable, searchable table, quick keyboard entry and a detail panel. */
import {
  Button,
  Group,
  Paper,
  Select,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreProgrammes } from '../../../../shared/analysis/scoring';
import type { ProgrammeDto } from '../../../../shared/contract/programmes';
import { formatRupiah } from '../../../../shared/format';
import { localized, type ReferenceData } from '../../../../shared/reference';
import { useDocSave, useNames, type Doc } from './data';
import {
  emptyFilter,
  filterProgrammes,
  type ProgrammeFilter,
  type Sort,
  type SortKey,
} from '../../../../shared/analysis/programme-filter';
import { ProgrammeDetail } from './ProgrammeDetail';
import type { OpenRequest } from './ProgrammesStep';

function SortHeader({
  column,
  label,
  sort,
  onSort,
  align,
}: {
  column: SortKey;
  label: string;
  sort: Sort;
  onSort: (s: Sort) => void;
  align?: 'right';
}) {
  const { t } = useTranslation();
  const active = sort.key === column;
  return (
    <Table.Th
      ta={align}
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <UnstyledButton
        className="sort-button"
        aria-label={t('programmes.sortBy', { column: label })}
        onClick={() =>
          onSort(
            active
              ? { key: column, descending: !sort.descending }
              : { key: column, descending: false },
          )
        }
      >
        {label} {active ? (sort.descending ? '▼' : '▲') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}

function AddProgrammeRow({
  planId,
  refData: ref,
  onAdded,
}: {
  planId: string;
  refData: ReferenceData;
  onAdded: (p: ProgrammeDto) => void;
}) {
  const { t, i18n } = useTranslation();
  const [sub, setSub] = useState<string>(ref.pillars.pillars[0]!.subDimensions[0]!.code);
  const [name, setName] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const add = useDocSave('programmes.add', planId);
  const pillarOf = (code: string) =>
    ref.pillars.pillars.find((p) => p.subDimensions.some((s) => s.code === code))!.code;
  const subData = ref.pillars.pillars.map((p) => ({
    group: localized(p.name, i18n.language),
    items: p.subDimensions.map((s) => ({ value: s.code, label: localized(s.name, i18n.language) })),
  }));
  const submit = () => {
    const text = name.trim();
    if (!text) return;
    setName('');
    add.mutate(
      { planId, fields: { pillarCode: pillarOf(sub), subDimensionCode: sub, name: text } },
      { onSuccess: (p) => onAdded(p) },
    );
    input.current?.focus();
  };
  return (
    <Paper withBorder p="xs" bg="gray.0">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          label={t('programmes.columns.subDimension')}
          size="xs"
          w={220}
          data={subData}
          value={sub}
          onChange={(v) => v && setSub(v)}
          allowDeselect={false}
          searchable
        />
        <TextInput
          ref={input}
          label={t('programmes.add.name')}
          placeholder={t('programmes.add.placeholder')}
          size="xs"
          style={{ flex: 1 }}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
        />
        <Button size="xs" onClick={submit} disabled={!name.trim()}>
          {t('programmes.add.button')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('programmes.add.help')}
      </Text>
    </Paper>
  );
}

/** One row of the table; plain elements and primitive props, so 200 rows filter fast. */
const CatalogueRow = memo(function CatalogueRow(props: {
  id: string;
  name: string;
  detail: string;
  pillar: string | null;
  opd: string;
  horizon: string;
  score: string;
  cost: string | null;
  quickWin: string | null;
  selected: boolean;
  onOpen: (update: (current: string | null) => string | null) => void;
}) {
  const { id, selected, onOpen } = props;
  return (
    <tr
      className={selected ? 'row-selected' : undefined}
      data-programme-row={id}
      onClick={() => onOpen(() => id)}
    >
      <td>
        <button
          type="button"
          className="row-open"
          aria-pressed={selected}
          onClick={(e) => {
            e.stopPropagation();
            onOpen((current) => (current === id ? null : id));
          }}
        >
          {props.name}
        </button>{' '}
        {props.quickWin && <span className="qw-badge">{props.quickWin}</span>}
        <div className="row-detail">{props.detail}</div>
      </td>
      {props.pillar !== null && <td className="cell-xs">{props.pillar}</td>}
      <td className="cell-xs">{props.opd}</td>
      <td className="cell-xs">{props.horizon}</td>
      <td className="cell-xs cell-num">{props.score}</td>
      {props.cost !== null && <td className="cell-xs cell-num nowrap">{props.cost}</td>}
    </tr>
  );
});

export function ProgrammeCatalogue({
  planId,
  doc,
  refData: ref,
  openRequest = null,
}: {
  planId: string;
  doc: Doc;
  refData: ReferenceData;
  /** Open this programme (deep link): select it, show its detail, bring its row into view. */
  openRequest?: OpenRequest;
}) {
  const { t } = useTranslation();
  const names = useNames(ref, doc);
  const [filter, setFilter] = useState<ProgrammeFilter>(emptyFilter);
  const [sort, setSort] = useState<Sort>({ key: 'order', descending: false });
  const [selected, setSelected] = useState<string | null>(null);
  const [handled, setHandled] = useState(0);
  if (openRequest && openRequest.n !== handled) {
    setHandled(openRequest.n);
    if (doc.programmes.some((p) => p.id === openRequest.id)) {
      setSelected(openRequest.id);
      setFilter(emptyFilter); // a filter must not hide the programme asked for
    }
  }
  useEffect(() => {
    if (!openRequest) return;
    const row = document.querySelector<HTMLElement>(
      `[data-programme-row="${CSS.escape(openRequest.id)}"]`,
    );
    row?.scrollIntoView({ block: 'center' });
    row?.querySelector<HTMLElement>('button.row-open')?.focus({ preventScroll: true });
  }, [openRequest]);
  const scores = useMemo(() => scoreProgrammes(doc), [doc]);
  const rows = useMemo(
    () => filterProgrammes(doc, scores, filter, sort, names),
    // names depend on doc and language only
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, scores, filter, sort, names.lang],
  );
  const current = doc.programmes.find((p) => p.id === selected) ?? null;
  const set = (patch: Partial<ProgrammeFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const filtered =
    filter.search !== '' || filter.pillar || filter.opd || filter.horizon || filter.quickWin;
  return (
    <div className={current ? 'catalogue with-detail' : 'catalogue'}>
      <div className="catalogue-main">
        <Group gap="xs" mb="xs" role="search" aria-label={t('programmes.filters.label')}>
          <TextInput
            size="xs"
            w={200}
            aria-label={t('programmes.search')}
            placeholder={t('programmes.search')}
            value={filter.search}
            onChange={(e) => set({ search: e.currentTarget.value })}
          />
          <Select
            size="xs"
            w={150}
            aria-label={t('programmes.columns.pillar')}
            placeholder={t('programmes.filters.pillar')}
            clearable
            data={ref.pillars.pillars.map((p) => ({ value: p.code, label: names.pillar(p.code) }))}
            value={filter.pillar}
            onChange={(v) => set({ pillar: v })}
          />
          <Select
            size="xs"
            w={150}
            aria-label={t('programmes.columns.leadOpd')}
            placeholder={t('programmes.filters.opd')}
            clearable
            searchable
            data={doc.opds.map((o) => ({ value: o.id, label: o.abbreviation || o.name }))}
            value={filter.opd}
            onChange={(v) => set({ opd: v })}
          />
          <Select
            size="xs"
            w={140}
            aria-label={t('programmes.columns.horizon')}
            placeholder={t('programmes.filters.horizon')}
            clearable
            data={[
              ...(['pendek', 'menengah', 'panjang'] as const).map((h) => ({
                value: h,
                label: t(`roadmap.horizons.${h}`),
              })),
              { value: 'none', label: t('programmes.filters.unscheduled') },
            ]}
            value={filter.horizon}
            onChange={(v) => set({ horizon: v as ProgrammeFilter['horizon'] })}
          />
          <Select
            size="xs"
            w={150}
            aria-label={t('programmes.columns.quickWin')}
            placeholder={t('programmes.filters.quickWin')}
            clearable
            data={[
              { value: 'yes', label: t('programmes.filters.onlyQuickWins') },
              { value: 'no', label: t('programmes.filters.notQuickWins') },
            ]}
            value={filter.quickWin}
            onChange={(v) => set({ quickWin: v as ProgrammeFilter['quickWin'] })}
          />
          {filtered && (
            <Button size="xs" variant="subtle" onClick={() => setFilter(emptyFilter)}>
              {t('programmes.filters.clear')}
            </Button>
          )}
          <Text size="xs" c="dimmed" ml="auto" aria-live="polite">
            {t('programmes.count', { shown: rows.length, total: doc.programmes.length })}
          </Text>
        </Group>
        <Paper withBorder className="table-scroll">
          <Table
            className="dense-table programme-table"
            highlightOnHover
            stickyHeader
            aria-label={t('programmes.tabs.catalogue')}
          >
            <Table.Thead>
              <Table.Tr>
                <SortHeader
                  column="name"
                  label={t('programmes.columns.name')}
                  sort={sort}
                  onSort={setSort}
                />
                {!current && (
                  <SortHeader
                    column="pillar"
                    label={t('programmes.columns.pillar')}
                    sort={sort}
                    onSort={setSort}
                  />
                )}
                <SortHeader
                  column="opd"
                  label={t('programmes.columns.leadOpd')}
                  sort={sort}
                  onSort={setSort}
                />
                <SortHeader
                  column="horizon"
                  label={t('programmes.columns.horizon')}
                  sort={sort}
                  onSort={setSort}
                />
                <SortHeader
                  column="score"
                  label={t('quickwin.score')}
                  sort={sort}
                  onSort={setSort}
                  align="right"
                />
                {!current && (
                  <SortHeader
                    column="cost"
                    label={t('programmes.columns.cost')}
                    sort={sort}
                    onSort={setSort}
                    align="right"
                  />
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const p = row.programme;
                const end = p.endYear ?? p.startYear;
                return (
                  <CatalogueRow
                    key={p.id}
                    id={p.id}
                    name={p.name}
                    detail={`${current ? `${names.pillar(p.pillarCode)} · ` : ''}${names.sub(p.subDimensionCode)}${p.type ? ` · ${names.type(p.type)}` : ''}`}
                    pillar={current ? null : names.pillar(p.pillarCode)}
                    opd={names.opd(p.leadOpdId) || t('common.none')}
                    horizon={`${row.horizon ? t(`roadmap.horizons.${row.horizon}`) : t('common.none')}${
                      p.startYear
                        ? ` · ${p.startYear === end ? p.startYear : `${p.startYear}–${end}`}`
                        : ''
                    }`}
                    score={row.score?.score != null ? row.score.score.toFixed(2) : t('common.none')}
                    cost={
                      current
                        ? null
                        : p.costEstimate != null
                          ? formatRupiah(p.costEstimate)
                          : t('common.none')
                    }
                    quickWin={row.quickWin ? t('quickwin.selectedBadge') : null}
                    selected={p.id === selected}
                    onOpen={setSelected}
                  />
                );
              })}
            </Table.Tbody>
          </Table>
          {rows.length === 0 && (
            <Text c="dimmed" size="sm" p="md">
              {doc.programmes.length === 0 ? t('programmes.empty') : t('programmes.noMatch')}
            </Text>
          )}
        </Paper>
        <AddProgrammeRow
          planId={planId}
          refData={ref}
          onAdded={(p) => setSelected((s) => s ?? p.id)}
        />
      </div>
      {current && (
        <ProgrammeDetail
          key={current.id}
          planId={planId}
          doc={doc}
          refData={ref}
          programme={current}
          onClose={() => setSelected(null)}
        />
      )}
    </div>
  );
}
