/**
 * The scoring grid: programmes × criteria, scores 1–5, driven by the keyboard like a spreadsheet
 * (arrows move, a digit scores and moves right, Delete clears, Enter moves down).
 */
import { Button, Paper, Text } from '@mantine/core';
import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeScore } from '../../../../shared/analysis/scoring';
import { stamp, useDocSave, type Doc } from './data';

interface GridCriterion {
  id: string;
  label: string;
}

interface RowProps {
  programmeId: string;
  name: string;
  pillarName: string;
  row: number;
  criteria: GridCriterion[];
  /** The row's scores in criterion order, '' where missing (a string keeps the row memoised). */
  values: string;
  score: number | null;
  rank: number | null;
  scored: number;
  weighted: number;
  recommended: boolean;
  recommendedLabel: string;
  selected: boolean;
  activeColumn: number | null;
  onToggle: (programmeId: string, selected: boolean) => void;
}

/**
 * The score cells of a row. Kept apart from the rank and score columns: when one score changes,
 * the ranks of many rows move, but only the edited row's cells render again.
 */
const ScoreCells = memo(function ScoreCells({
  name,
  row,
  criteria,
  values,
  activeColumn,
}: {
  name: string;
  row: number;
  criteria: GridCriterion[];
  values: string;
  activeColumn: number | null;
}) {
  const { t } = useTranslation();
  const scores = values.split('|');
  return (
    <>
      {criteria.map((c, col) => {
        const value = scores[col] ?? '';
        return (
          <div
            key={c.id}
            role="gridcell"
            className="score-cell"
            data-row={row}
            data-col={col}
            tabIndex={activeColumn === col ? 0 : -1}
            aria-label={t('quickwin.grid.cell', { criterion: c.label, programme: name })}
            data-score={value}
          >
            {value}
          </div>
        );
      })}
    </>
  );
});

/** The pick button of a row, memoised: it renders again only when the pick changes. */
const PickButton = memo(function PickButton({
  programmeId,
  name,
  selected,
  onToggle,
}: {
  programmeId: string;
  name: string;
  selected: boolean;
  onToggle: (programmeId: string, selected: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-xs"
      variant={selected ? 'filled' : 'default'}
      color={selected ? 'orange' : undefined}
      aria-pressed={selected}
      aria-label={`${selected ? t('quickwin.unselect') : t('quickwin.select')}: ${name}`}
      onClick={() => onToggle(programmeId, selected)}
    >
      {selected ? `✓ ${t('quickwin.selectedBadge')}` : t('quickwin.pick')}
    </Button>
  );
});

/** One programme's row; plain elements and primitive props, so 200 rows stay fast. */
const GridRow = memo(function GridRow(props: RowProps) {
  const { t } = useTranslation();
  return (
    <div role="row" className={props.selected ? 'sg-row row-quickwin' : 'sg-row'}>
      <div role="rowheader" className="grid-name">
        <div className="grid-name-text">{props.name}</div>
        <div className="grid-name-pillar">{props.pillarName}</div>
      </div>
      <ScoreCells
        name={props.name}
        row={props.row}
        criteria={props.criteria}
        values={props.values}
        activeColumn={props.activeColumn}
      />
      <div role="gridcell" className="grid-num">
        {props.score !== null ? (
          <strong>{props.score.toFixed(2)}</strong>
        ) : (
          <span className="grid-dim">
            {t('quickwin.incomplete', { scored: props.scored, total: props.weighted })}
          </span>
        )}
      </div>
      <div role="gridcell" className="grid-num">
        {props.rank ?? t('common.none')}
      </div>
      <div role="gridcell">
        {props.recommended && <span className="grid-badge">{props.recommendedLabel}</span>}
      </div>
      <div role="gridcell">
        <PickButton
          programmeId={props.programmeId}
          name={props.name}
          selected={props.selected}
          onToggle={props.onToggle}
        />
      </div>
    </div>
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
  const table = useRef<HTMLDivElement>(null);
  const setScore = useDocSave(
    'quickwin.setScore',
    planId,
    (d, input) => {
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
    },
    { refetch: false },
  );
  const matrix = new Map<string, Map<string, number>>();
  for (const s of doc.scores) {
    let row = matrix.get(s.programmeId);
    if (!row) matrix.set(s.programmeId, (row = new Map()));
    row.set(s.criterionId, s.score);
  }
  const criteriaKey = doc.criteria.map((c) => `${c.id}\u0000${criterionName(c)}`).join('\u0001');
  const gridCriteria = useMemo(
    () => doc.criteria.map((c) => ({ id: c.id, label: criterionName(c) })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [criteriaKey],
  );
  const weighted = doc.criteria.filter((c) => (weights[c.id] ?? c.weight) > 0).length;
  const rows = doc.programmes.length;
  const cols = doc.criteria.length;
  const selected = new Set(doc.quickWins.map((q) => q.programmeId));
  const resultById = new Map(results.map((r) => [r.programmeId, r]));
  const recommendedLabel = t('quickwin.recommendedBadge');

  // The cell being edited, updated at once so fast typing never scores the wrong cell.
  const position = useRef({ row: 0, col: 0 });
  const focusCell = useCallback((row: number, col: number) => {
    position.current = { row, col };
    setActive({ row, col });
    table.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(e.target as HTMLElement).closest('[data-row]')) return;
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
      <div
        ref={table}
        role="grid"
        aria-label={t('quickwin.grid.title')}
        aria-rowcount={rows + 1}
        className="scoring-grid"
        style={{ '--criteria': cols } as CSSProperties}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
          if (cell)
            position.current = { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
        }}
        onClick={(e) => {
          const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
          if (cell) focusCell(Number(cell.dataset.row), Number(cell.dataset.col));
        }}
      >
        <div role="rowgroup" className="sg-head">
          <div role="row" className="sg-row">
            <div role="columnheader">{t('programmes.columns.name')}</div>
            {doc.criteria.map((c) => (
              <div role="columnheader" key={c.id} className="criterion-head" title={c.description}>
                <Text size="10px" lineClamp={2} fw={600}>
                  {criterionName(c)}
                </Text>
                <Text size="10px" c="dimmed">
                  {weights[c.id] ?? c.weight}%
                </Text>
              </div>
            ))}
            <div role="columnheader" className="grid-num">
              {t('quickwin.score')}
            </div>
            <div role="columnheader" className="grid-num">
              {t('quickwin.rank')}
            </div>
            <div role="columnheader">{t('quickwin.recommended')}</div>
            <div role="columnheader">{t('programmes.columns.quickWin')}</div>
          </div>
        </div>
        <div role="rowgroup">
          {doc.programmes.map((p, i) => {
            const result = resultById.get(p.id);
            const row = matrix.get(p.id);
            return (
              <GridRow
                key={p.id}
                programmeId={p.id}
                name={p.name}
                pillarName={pillarName(p.pillarCode)}
                row={i}
                criteria={gridCriteria}
                values={doc.criteria.map((c) => row?.get(c.id) ?? '').join('|')}
                score={result?.score ?? null}
                rank={result?.rank ?? null}
                scored={result?.scored ?? 0}
                weighted={weighted}
                recommended={recommended.has(p.id)}
                recommendedLabel={recommendedLabel}
                selected={selected.has(p.id)}
                activeColumn={active.row === i ? active.col : null}
                onToggle={onToggle}
              />
            );
          })}
        </div>
      </div>
    </Paper>
  );
}
