/** Step 4: the programme catalogue and the quick-win selection. */
import './programmes.css';
import { Tabs } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStepLink } from '../../components/step-link';
import { PlanQueryState } from '../../components/PlanQueryState';
import { ProgrammeCatalogue } from './ProgrammeCatalogue';
import { QuickWinPanel } from './QuickWinPanel';

/**
 * Each tab reads the plan document itself, so an edit re-renders only the open tab, not the
 * tabs around it (whose context change would make React walk the whole tab).
 */
/** A request to open one programme (deep link); `n` changes on every request. */
export type OpenRequest = { id: string; n: number } | null;

const CatalogueTab = memo(function CatalogueTab({
  planId,
  openRequest,
}: {
  planId: string;
  openRequest: OpenRequest;
}) {
  return (
    <PlanQueryState planId={planId}>
      {(plan, ref) => (
        <ProgrammeCatalogue planId={planId} doc={plan} refData={ref} openRequest={openRequest} />
      )}
    </PlanQueryState>
  );
});

const QuickWinTab = memo(function QuickWinTab({
  planId,
  openRequest,
}: {
  planId: string;
  openRequest: OpenRequest;
}) {
  return (
    <PlanQueryState planId={planId}>
      {(plan, ref) => (
        <QuickWinPanel planId={planId} doc={plan} refData={ref} openRequest={openRequest} />
      )}
    </PlanQueryState>
  );
});

/** Memoised: the plan page re-rendering (progress, review status) leaves the tabs alone. */
export const ProgrammesStep = memo(function ProgrammesStep({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string>('catalogue');
  // Deep links (findings of other steps, review comments): `?programme=<id>` opens the catalogue
  // with that programme selected, its detail open and its row in view; `?quickwin=<id>` opens the
  // quick-win tab with that quick win's card open and in view.
  const [request, setRequest] = useState<OpenRequest>(null);
  const [quickWinRequest, setQuickWinRequest] = useState<OpenRequest>(null);
  useStepLink(planId, 'programmes', (params) => {
    const programme = params.get('programme');
    const quickWin = params.get('quickwin');
    if (programme) {
      setTab('catalogue');
      setRequest((r) => ({ id: programme, n: (r?.n ?? 0) + 1 }));
    } else if (quickWin) {
      setTab('quickwin');
      setQuickWinRequest((r) => ({ id: quickWin, n: (r?.n ?? 0) + 1 }));
    }
  });
  return (
    <Tabs value={tab} onChange={(v) => setTab(v ?? 'catalogue')} keepMounted={false}>
      <Tabs.List mb="sm">
        <Tabs.Tab value="catalogue">{t('programmes.tabs.catalogue')}</Tabs.Tab>
        <Tabs.Tab value="quickwin">{t('programmes.tabs.quickwin')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="catalogue">
        <CatalogueTab planId={planId} openRequest={request} />
      </Tabs.Panel>
      <Tabs.Panel value="quickwin">
        <QuickWinTab planId={planId} openRequest={quickWinRequest} />
      </Tabs.Panel>
    </Tabs>
  );
});
