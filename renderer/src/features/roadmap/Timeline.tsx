/**
 * The roadmap timeline: programmes grouped by pillar over the plan's ten years, quick wins
 * marked. Bars move by drag (edges change the start or end year) and by keyboard.
 */
import { Text } from '@mantine/core';
import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  horizonOf,
  moveSpan,
  planYears,
  PLAN_YEARS,
  type Span,
} from '../../../../shared/analysis/roadmap';

export type { Span };
import type { ProgrammeDto } from '../../../../shared/contract/programmes';

interface RowProps {
  programme: ProgrammeDto;
  planStart: number;
  quickWin: boolean;
  selected: boolean;
  onSelect: (id: string) => void;
  onSchedule: (id: string, span: Span | null) => void;
  helpId: string;
}

const TimelineRow = memo(function TimelineRow({
  programme: p,
  planStart,
  quickWin,
  selected,
  onSelect,
  onSchedule,
  helpId,
}: RowProps) {
  const { t } = useTranslation();
  const track = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<Span | null>(null);
  const drag = useRef<{
    mode: 'move' | 'start' | 'end';
    x0: number;
    col: number;
    span: Span;
  } | null>(null);
  const first = planStart;
  const last = planStart + PLAN_YEARS - 1;
  // The span last set by keyboard or drag, shown until the saved programme catches up.
  const [keyed, setKeyed] = useState<Span | null>(null);
  const saved: Span | null =
    p.startYear !== null ? { start: p.startYear, end: p.endYear ?? p.startYear } : null;
  if (keyed && saved && keyed.start === saved.start && keyed.end === saved.end) setKeyed(null);
  const span: Span | null = preview ?? keyed ?? saved;

  const onPointerDown = (e: PointerEvent<HTMLElement>, mode: 'move' | 'start' | 'end') => {
    if (!span || e.button !== 0 || !track.current) return;
    e.preventDefault();
    e.stopPropagation();
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    drag.current = { mode, x0: e.clientX, col: track.current.clientWidth / PLAN_YEARS, span };
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const delta = Math.round((e.clientX - d.x0) / d.col);
    const next = moveSpan(d.span, d.mode, delta, first, last);
    if (!preview || next.start !== preview.start || next.end !== preview.end) setPreview(next);
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    if (preview && (preview.start !== d.span.start || preview.end !== d.span.end)) {
      setKeyed(preview);
      onSchedule(p.id, preview);
    } else onSelect(p.id);
    setPreview(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!span) return;
    const dir = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
    if (dir) {
      e.preventDefault();
      const mode = e.shiftKey ? 'end' : e.altKey ? 'start' : 'move';
      const next = moveSpan(span, mode, dir, first, last);
      if (next.start !== span.start || next.end !== span.end) {
        setKeyed(next);
        onSchedule(p.id, next);
      }
    } else if (e.key === 'Delete') {
      e.preventDefault();
      onSchedule(p.id, null);
    }
  };
  const horizon = span ? horizonOf(span.start, span.end, planStart) : null;
  return (
    <div className={`timeline-row${selected ? ' is-selected' : ''}`} data-programme={p.id}>
      <div className="timeline-name">
        <button
          type="button"
          className="timeline-open"
          onClick={() => onSelect(p.id)}
          aria-pressed={selected}
          title={p.name}
        >
          {quickWin && (
            <span
              className="qw-mark"
              aria-label={t('roadmap.timeline.quickWin')}
              title={t('roadmap.timeline.quickWin')}
            >
              ★
            </span>
          )}
          <span>{p.name}</span>
        </button>
      </div>
      <div
        className="timeline-track"
        ref={track}
        onClick={(e) => {
          if (span || !track.current) return;
          const box = track.current.getBoundingClientRect();
          const year = first + Math.floor(((e.clientX - box.left) / box.width) * PLAN_YEARS);
          onSchedule(p.id, { start: year, end: year });
        }}
      >
        {span ? (
          <div
            role="button"
            tabIndex={0}
            className={`timeline-bar horizon-${horizon}${quickWin ? ' is-quickwin' : ''}${preview ? ' is-dragging' : ''}`}
            style={{
              left: `${((span.start - first) / PLAN_YEARS) * 100}%`,
              width: `${((span.end - span.start + 1) / PLAN_YEARS) * 100}%`,
            }}
            aria-label={t('roadmap.timeline.bar', {
              programme: p.name,
              start: span.start,
              end: span.end,
            })}
            aria-describedby={helpId}
            onKeyDown={onKeyDown}
            onBlur={() => setKeyed(null)}
            onPointerDown={(e) => onPointerDown(e, 'move')}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={() => {
              drag.current = null;
              setPreview(null);
            }}
            onClick={(e) => e.stopPropagation()}
          >
            <span
              className="bar-handle start"
              aria-hidden
              onPointerDown={(e) => onPointerDown(e, 'start')}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
            />
            <span className="bar-label">
              {span.start === span.end ? span.start : `${span.start}–${span.end}`}
            </span>
            <span
              className="bar-handle end"
              aria-hidden
              onPointerDown={(e) => onPointerDown(e, 'end')}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
            />
          </div>
        ) : (
          <button
            type="button"
            className="timeline-schedule"
            aria-label={t('roadmap.timeline.schedule', { programme: p.name, year: first })}
            onClick={(e) => {
              e.stopPropagation();
              onSchedule(p.id, { start: first, end: first });
            }}
          >
            {t('roadmap.timeline.unscheduled')}
          </button>
        )}
      </div>
    </div>
  );
});

export function Timeline({
  programmes,
  planStart,
  quickWins,
  selected,
  pillarOrder,
  pillarName,
  onSelect,
  onSchedule,
}: {
  programmes: ProgrammeDto[];
  planStart: number;
  quickWins: Set<string>;
  selected: string | null;
  pillarOrder: string[];
  pillarName: (code: string) => string;
  onSelect: (id: string) => void;
  onSchedule: (id: string, span: Span | null) => void;
}) {
  const { t } = useTranslation();
  const years = planYears(planStart);
  const groups = pillarOrder
    .map((code) => ({ code, items: programmes.filter((p) => p.pillarCode === code) }))
    .filter((g) => g.items.length);
  return (
    <div className="timeline" role="region" aria-label={t('roadmap.timeline.title')}>
      <p id="timeline-help" className="visually-hidden">
        {t('roadmap.timeline.help')}
      </p>
      <div className="timeline-row timeline-head">
        <div className="timeline-name">
          <Text size="xs" fw={700}>
            {t('programmes.columns.name')}
          </Text>
        </div>
        <div className="timeline-years">
          {years.map((y, i) => (
            <div
              key={y}
              className={`timeline-year horizon-${i === 0 ? 'pendek' : i < 5 ? 'menengah' : 'panjang'}`}
            >
              {y}
            </div>
          ))}
        </div>
      </div>
      {groups.map((g) => (
        <div key={g.code} role="group" aria-label={pillarName(g.code)}>
          <div className="timeline-group">{pillarName(g.code)}</div>
          {g.items.map((p) => (
            <TimelineRow
              key={p.id}
              programme={p}
              planStart={planStart}
              quickWin={quickWins.has(p.id)}
              selected={p.id === selected}
              onSelect={onSelect}
              onSchedule={onSchedule}
              helpId="timeline-help"
            />
          ))}
        </div>
      ))}
    </div>
  );
}
