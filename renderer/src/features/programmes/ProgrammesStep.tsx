/** Step 4: the programme catalogue and the quick-win selection. */
import './programmes.css';
import { Tabs } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { usePlanDocument, useReference } from '../../data/queries';
import { ProgrammeCatalogue } from './ProgrammeCatalogue';
import { QuickWinPanel } from './QuickWinPanel';

/**
 * Each tab reads the plan document itself, so an edit re-renders only the open tab, not the
 * tabs around it (whose context change would make React walk the whole tab).
 */
const CatalogueTab = memo(function CatalogueTab({ planId }: { planId: string }) {
  const doc = usePlanDocument(planId);
  const reference = useReference();
  return (
    <QueryState query={reference}>
      {(ref) => (
        <QueryState query={doc}>
          {(plan) => <ProgrammeCatalogue planId={planId} doc={plan} refData={ref} />}
        </QueryState>
      )}
    </QueryState>
  );
});

const QuickWinTab = memo(function QuickWinTab({ planId }: { planId: string }) {
  const doc = usePlanDocument(planId);
  const reference = useReference();
  return (
    <QueryState query={reference}>
      {(ref) => (
        <QueryState query={doc}>
          {(plan) => <QuickWinPanel planId={planId} doc={plan} refData={ref} />}
        </QueryState>
      )}
    </QueryState>
  );
});

/** Memoised: the plan page re-rendering (progress, review status) leaves the tabs alone. */
export const ProgrammesStep = memo(function ProgrammesStep({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string>('catalogue');
  return (
    <Tabs value={tab} onChange={(v) => setTab(v ?? 'catalogue')} keepMounted={false}>
      <Tabs.List mb="sm">
        <Tabs.Tab value="catalogue">{t('programmes.tabs.catalogue')}</Tabs.Tab>
        <Tabs.Tab value="quickwin">{t('programmes.tabs.quickwin')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="catalogue">
        <CatalogueTab planId={planId} />
      </Tabs.Panel>
      <Tabs.Panel value="quickwin">
        <QuickWinTab planId={planId} />
      </Tabs.Panel>
    </Tabs>
  );
});
