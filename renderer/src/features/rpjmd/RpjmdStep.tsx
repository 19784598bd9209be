import { Group, Stack, Tabs } from '@mantine/core';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStepLink } from '../../components/step-link';
import type { Finding } from '../../../../shared/analysis/finding';
import type { RpjmdData } from '../../../../shared/contract/rpjmd';
import { QueryState } from '../../components/QueryState';
import { AlignmentTab } from './AlignmentTab';
import { useRpjmd } from './data';
import { ImportExport } from './ImportExport';
import { ItemDetail } from './ItemDetail';
import { OutlineEditor, SelectionMarker, useOutlineActions, useRpjmdLabels } from './OutlineEditor';
import { RpjmdHeader } from './RpjmdHeader';
import { VisionTab } from './VisionTab';
import './rpjmd.css';

type Tab = 'outline' | 'vision' | 'alignment';

const OutlineTab = memo(function OutlineTab({
  planId,
  data,
  request,
}: {
  planId: string;
  data: RpjmdData;
  /** A line to open (from a finding); `n` changes on every request. */
  request: { id: string | null; n: number };
}) {
  // Selection lives here, not in the step, so that moving between lines re-renders only the
  // outline and the panel; the panel follows a moment later (deferred) so keys stay quick.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  // From 0: a request made before this tab first rendered (a deep link) is honoured too.
  const [seenRequest, setSeenRequest] = useState(0);
  if (request.n !== seenRequest) {
    setSeenRequest(request.n);
    setSelectedId(request.id);
    setFocusId(request.id);
  }
  const shownId = useDeferredValue(selectedId);
  const commands = useOutlineActions({ planId, data, onSelect: setSelectedId, setFocusId });
  const view = commands.view;
  const { labels } = useRpjmdLabels(view);
  const item = view.items.find((i) => i.id === shownId);
  const start = data.rpjmd?.periodStart;
  const end = data.rpjmd?.periodEnd;
  const years = useMemo(() => {
    const list: number[] = [];
    if (start !== undefined && end !== undefined)
      for (let y = start; y <= end; y += 1) list.push(y);
    return list;
  }, [start, end]);
  // Stable props: the panel (memoised) re-renders only when its line or data change, not on
  // the urgent render of a selection, which the deferred one follows.
  const { actions } = commands;
  const onCommand = useCallback(
    (id: string, command: 'after' | 'child' | 'up' | 'down' | 'indent' | 'outdent' | 'delete') => {
      if (command === 'after' || command === 'child') actions.add(id, command);
      else if (command === 'delete') actions.remove(id, true);
      else actions.move(id, command);
    },
    [actions],
  );
  return (
    <div className="rpjmd-grid">
      <div>
        <OutlineEditor view={view} focusId={focusId} commands={commands} />
        <SelectionMarker selectedId={selectedId} />
      </div>
      <ItemDetail
        planId={planId}
        data={view}
        item={item}
        label={item ? (labels.get(item.id) ?? '') : ''}
        years={years}
        onCommand={onCommand}
      />
    </div>
  );
});

/** Step 2: the RPJMD as written, the smart-city vision linked to it, and the alignment checks. */
export function RpjmdStep({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const rpjmd = useRpjmd(planId);
  const [tab, setTab] = useState<Tab>('outline');
  const [request, setRequest] = useState<{ id: string | null; n: number }>({ id: null, n: 0 });
  const [focusStatement, setFocusStatement] = useState<string | null>(null);

  // Deep link `?rpjmd=<itemId>` (review comments, other steps' findings): open the outline with
  // that line selected and focused.
  useStepLink(planId, 'rpjmd', (params) => {
    const linked = params.get('rpjmd');
    if (linked) {
      setTab('outline');
      setRequest((r) => ({ id: linked, n: r.n + 1 }));
    }
  });

  const statementFocused = useCallback(() => setFocusStatement(null), []);
  const openFinding = useCallback((f: Finding, indicatorItem?: string | null) => {
    if (f.targetType === 'rpjmd_item' || f.targetType === 'indicator') {
      const id = f.targetType === 'rpjmd_item' ? f.targetId : (indicatorItem ?? null);
      setTab('outline');
      setRequest((r) => ({ id, n: r.n + 1 }));
    } else if (f.targetType === 'sc_statement' || f.targetType === 'pillar') {
      setTab('vision');
      setFocusStatement(f.targetType === 'pillar' ? `pillar:${f.targetId}` : f.targetId);
    }
  }, []);

  return (
    <QueryState query={rpjmd}>
      {(data) => (
        <Stack gap="sm">
          <RpjmdHeader planId={planId} data={data} />
          {/* Panels stay mounted (React Activity): a hidden tab renders at idle priority and
              switching only reveals it, instead of rebuilding 400 lines or the matrix. */}
          <Tabs value={tab} onChange={(v) => setTab((v as Tab) ?? 'outline')} keepMounted>
            <Group justify="space-between" align="flex-end" wrap="nowrap">
              <Tabs.List style={{ flex: 1 }}>
                <Tabs.Tab value="outline">{t('rpjmd.tabs.outline')}</Tabs.Tab>
                <Tabs.Tab value="vision">{t('rpjmd.tabs.vision')}</Tabs.Tab>
                <Tabs.Tab value="alignment">{t('rpjmd.tabs.alignment')}</Tabs.Tab>
              </Tabs.List>
              <ImportExport planId={planId} />
            </Group>
            <Tabs.Panel value="outline" pt="sm">
              <OutlineTab planId={planId} data={data} request={request} />
            </Tabs.Panel>
            <Tabs.Panel value="vision" pt="sm">
              <VisionTab
                planId={planId}
                data={data}
                focusTarget={focusStatement}
                onFocused={statementFocused}
              />
            </Tabs.Panel>
            <Tabs.Panel value="alignment" pt="sm">
              <AlignmentTab planId={planId} onOpen={openFinding} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </QueryState>
  );
}
