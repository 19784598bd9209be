/**
 * The scoring grid: programmes × criteria, scores 1–5, driven by the keyboard like a spreadsheet
 * (arrows move, a digit scores and moves right, Delete clears, Enter moves down).
 */
import { Badge, Button, Paper, Table, Text } from '@mantine/core';
import { memo, useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeScore } from '../../../../shared/analysis/scoring';
import { stamp, useDocSave, type Doc } from './data';

interface RowProps {
  programme: Doc['programmes'][number];
  row: number;
  criteria: Doc['criteria'];
  criterionLabels: string[];
  scores: Map<string, number> | undefined;
  result: ProgrammeScore | undefined;
  recommended: boolean;
  selected: boolean;
  activeColumn: number | null;
  pillarName: string;
  onToggle: (programmeId: string, selected: boolean) => void;
}

const GridRow = memo(function GridRow(props: RowProps) {
  const { t } = useTranslation();
  const { programme: p, criteria, criterionLabels, scores, result, activeColumn } = props;
  return (
    <Table.Tr className={props.selected ? 'row-quickwin' : undefined}>
      <Table.Th scope="row" className="grid-name">
        <Text size="xs" fw={500} lineClamp={2}>
          {p.name}
        </Text>
        <Text size="10px" c="dimmed">
          {props.pillarName}
        </Text>
      </Table.Th>
      {criteria.map((c, col) => {
        const value = scores?.get(c.id);
        return (
          <Table.Td
            key={c.id}
            role="gridcell"
            className="score-cell"
            data-row={props.row}
            data-col={col}
            tabIndex={activeColumn === col ? 0 : -1}
            aria-label={t('quickwin.grid.cell', {
              criterion: criterionLabels[col],
              programme: p.name,
            })}
            data-score={value ?? ''}
          >
            {value ?? ''}
          </Table.Td>
        );
      })}
      <Table.Td ta="right">
        {result?.score != null ? (
          <Text size="xs" fw={600}>
            {result.score.toFixed(2)}
          </Text>
        ) : (
          <Text size="10px" c="dimmed">
            {t('quickwin.incomplete', {
              scored: result?.scored ?? 0,
              total: criteria.filter((c) => c.weight > 0).length,
            })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        <Text size="xs">{result?.rank ?? t('common.none')}</Text>
      </Table.Td>
      <Table.Td>
        {props.recommended && (
          <Badge size="xs" variant="light">
            {t('quickwin.recommendedBadge')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant={props.selected ? 'filled' : 'default'}
          color={props.selected ? 'orange' : undefined}
          aria-pressed={props.selected}
          aria-label={`${props.selected ? t('quickwin.unselect') : t('quickwin.select')}: ${p.name}`}
          onClick={() => props.onToggle(p.id, props.selected)}
        >
          {props.selected ? `✓ ${t('quickwin.selectedBadge')}` : t('quickwin.pick')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
});

export function ScoringGrid({
  planId,
  doc,
  results,
  recommended,
  weights,
  pillarName,
  criterionName,
  onToggle,
}: {
  planId: string;
  doc: Doc;
  results: ProgrammeScore[];
  recommended: Set<string>;
  weights: Record<string, number>;
  pillarName: (code: string) => string;
  criterionName: (c: { code: string; name: string }) => string;
  onToggle: (programmeId: string, selected: boolean) => void;
}) {
  const { t } = useTranslation();
  const [active, setActive] = useState({ row: 0, col: 0 });
  const table = useRef<HTMLTableElement>(null);
  const setScore = useDocSave('quickwin.setScore', planId, (d, input) => {
    const others = d.scores.filter(
      (s) => !(s.programmeId === input.programmeId && s.criterionId === input.criterionId),
    );
    return {
      ...d,
      scores:
        input.score === null
          ? others
          : [
              ...others,
              {
                id: `pending-${input.programmeId}-${input.criterionId}`,
                programmeId: input.programmeId,
                criterionId: input.criterionId,
                score: input.score,
                updatedAt: stamp(),
              },
            ],
    };
  });
  const matrix = new Map<string, Map<string, number>>();
  for (const s of doc.scores) {
    let row = matrix.get(s.programmeId);
    if (!row) matrix.set(s.programmeId, (row = new Map()));
    row.set(s.criterionId, s.score);
  }
  const criterionLabels = doc.criteria.map(criterionName);
  const rows = doc.programmes.length;
  const cols = doc.criteria.length;
  const selected = new Set(doc.quickWins.map((q) => q.programmeId));
  const resultById = new Map(results.map((r) => [r.programmeId, r]));

  // The cell being edited, updated at once so fast typing never scores the wrong cell.
  const position = useRef({ row: 0, col: 0 });
  const focusCell = useCallback((row: number, col: number) => {
    position.current = { row, col };
    setActive({ row, col });
    table.current?.querySelector<HTMLElement>(`td[data-row="${row}"][data-col="${col}"]`)?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (!(e.target as HTMLElement).closest('td[data-row]')) return;
    const { row, col } = position.current;
    const programme = doc.programmes[row]!;
    const criterion = doc.criteria[col]!;
    const move = (r: number, c: number) => {
      e.preventDefault();
      focusCell(Math.max(0, Math.min(rows - 1, r)), Math.max(0, Math.min(cols - 1, c)));
    };
    if (/^[1-5]$/.test(e.key)) {
      e.preventDefault();
      setScore.mutate({
        planId,
        programmeId: programme.id,
        criterionId: criterion.id,
        score: Number(e.key),
      });
      if (col < cols - 1) focusCell(row, col + 1);
      else if (row < rows - 1) focusCell(row + 1, 0);
      return;
    }
    switch (e.key) {
      case 'ArrowRight':
        return move(row, col + 1);
      case 'ArrowLeft':
        return move(row, col - 1);
      case 'ArrowDown':
      case 'Enter':
        return move(row + 1, col);
      case 'ArrowUp':
        return move(row - 1, col);
      case 'Home':
        return move(e.ctrlKey ? 0 : row, 0);
      case 'End':
        return move(e.ctrlKey ? rows - 1 : row, cols - 1);
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        setScore.mutate({
          planId,
          programmeId: programme.id,
          criterionId: criterion.id,
          score: null,
        });
        return;
    }
  };

  if (rows === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('quickwin.grid.empty')}
      </Text>
    );
  return (
    <Paper withBorder className="table-scroll grid-scroll">
      <Table
        ref={table}
        role="grid"
        aria-label={t('quickwin.grid.title')}
        className="dense-table scoring-grid"
        stickyHeader
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const cell = (e.target as HTMLElement).closest<HTMLElement>('td[data-row]');
          if (cell)
            position.current = { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
        }}
        onClick={(e) => {
          const cell = (e.target as HTMLElement).closest<HTMLElement>('td[data-row]');
          if (cell) focusCell(Number(cell.dataset.row), Number(cell.dataset.col));
        }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('programmes.columns.name')}</Table.Th>
            {doc.criteria.map((c) => (
              <Table.Th key={c.id} ta="center" className="criterion-head" title={c.description}>
                <Text size="10px" lineClamp={2} fw={600}>
                  {criterionName(c)}
                </Text>
                <Text size="10px" c="dimmed">
                  {weights[c.id] ?? c.weight}%
                </Text>
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('quickwin.score')}</Table.Th>
            <Table.Th ta="right">{t('quickwin.rank')}</Table.Th>
            <Table.Th>{t('quickwin.recommended')}</Table.Th>
            <Table.Th>{t('programmes.columns.quickWin')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {doc.programmes.map((p, i) => (
            <GridRow
              key={p.id}
              programme={p}
              row={i}
              criteria={doc.criteria}
              criterionLabels={criterionLabels}
              scores={matrix.get(p.id)}
              result={resultById.get(p.id)}
              recommended={recommended.has(p.id)}
              selected={selected.has(p.id)}
              activeColumn={active.row === i ? active.col : null}
              pillarName={pillarName(p.pillarCode)}
              onToggle={onToggle}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
