import { Group, Stack, Tabs } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis/finding';
import type { RpjmdData } from '../../../../shared/contract/rpjmd';
import { QueryState } from '../../components/QueryState';
import { AlignmentTab } from './AlignmentTab';
import { useRpjmd } from './data';
import { ImportExport } from './ImportExport';
import { ItemDetail } from './ItemDetail';
import { OutlineEditor, useOutlineActions, useRpjmdLabels } from './OutlineEditor';
import { RpjmdHeader } from './RpjmdHeader';
import { VisionTab } from './VisionTab';
import './rpjmd.css';

type Tab = 'outline' | 'vision' | 'alignment';

function OutlineTab({
  planId,
  data,
  selectedId,
  setSelectedId,
  focusId,
  setFocusId,
}: {
  planId: string;
  data: RpjmdData;
  selectedId: string | null;
  setSelectedId: (id: string | null) => void;
  focusId: string | null;
  setFocusId: (id: string | null) => void;
}) {
  const commands = useOutlineActions({ planId, data, onSelect: setSelectedId, setFocusId });
  const { labels } = useRpjmdLabels(data);
  const item = data.items.find((i) => i.id === selectedId);
  const years: number[] = [];
  if (data.rpjmd)
    for (let y = data.rpjmd.periodStart; y <= data.rpjmd.periodEnd; y += 1) years.push(y);
  return (
    <div className="rpjmd-grid">
      <OutlineEditor data={data} selectedId={selectedId} focusId={focusId} commands={commands} />
      <ItemDetail
        planId={planId}
        data={data}
        item={item}
        label={item ? (labels.get(item.id) ?? '') : ''}
        years={years}
        onCommand={(id, command) => {
          const { actions } = commands;
          if (command === 'after' || command === 'child') actions.add(id, command);
          else if (command === 'delete') actions.remove(id, true);
          else actions.move(id, command);
        }}
      />
    </div>
  );
}

/** Step 2: the RPJMD as written, the smart-city vision linked to it, and the alignment checks. */
export function RpjmdStep({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const rpjmd = useRpjmd(planId);
  const [tab, setTab] = useState<Tab>('outline');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [focusStatement, setFocusStatement] = useState<string | null>(null);
  const select = useCallback((id: string | null) => setSelectedId(id), []);

  const openFinding = useCallback((f: Finding, indicatorItem?: string | null) => {
    if (f.targetType === 'rpjmd_item' || f.targetType === 'indicator') {
      const id = f.targetType === 'rpjmd_item' ? f.targetId : (indicatorItem ?? null);
      setTab('outline');
      setSelectedId(id);
      setFocusId(id);
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
          <Tabs value={tab} onChange={(v) => setTab((v as Tab) ?? 'outline')} keepMounted={false}>
            <Group justify="space-between" align="flex-end" wrap="nowrap">
              <Tabs.List style={{ flex: 1 }}>
                <Tabs.Tab value="outline">{t('rpjmd.tabs.outline')}</Tabs.Tab>
                <Tabs.Tab value="vision">{t('rpjmd.tabs.vision')}</Tabs.Tab>
                <Tabs.Tab value="alignment">{t('rpjmd.tabs.alignment')}</Tabs.Tab>
              </Tabs.List>
              <ImportExport planId={planId} />
            </Group>
            <Tabs.Panel value="outline" pt="sm">
              <OutlineTab
                planId={planId}
                data={data}
                selectedId={selectedId}
                setSelectedId={select}
                focusId={focusId}
                setFocusId={setFocusId}
              />
            </Tabs.Panel>
            <Tabs.Panel value="vision" pt="sm">
              <VisionTab
                planId={planId}
                data={data}
                focusTarget={focusStatement}
                onFocused={() => setFocusStatement(null)}
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
