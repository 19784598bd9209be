/** Step 4: the programme catalogue and the quick-win selection. */
import './programmes.css';
import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { usePlanDocument, useReference } from '../../data/queries';
import { ProgrammeCatalogue } from './ProgrammeCatalogue';
import { QuickWinPanel } from './QuickWinPanel';

export function ProgrammesStep({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const doc = usePlanDocument(planId);
  const reference = useReference();
  const [tab, setTab] = useState<string>('catalogue');
  return (
    <QueryState query={reference}>
      {(ref) => (
        <QueryState query={doc}>
          {(plan) => (
            <Tabs value={tab} onChange={(v) => setTab(v ?? 'catalogue')} keepMounted={false}>
              <Tabs.List mb="sm">
                <Tabs.Tab value="catalogue">{t('programmes.tabs.catalogue')}</Tabs.Tab>
                <Tabs.Tab value="quickwin">{t('programmes.tabs.quickwin')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="catalogue">
                <ProgrammeCatalogue planId={planId} doc={plan} refData={ref} />
              </Tabs.Panel>
              <Tabs.Panel value="quickwin">
                <QuickWinPanel planId={planId} doc={plan} refData={ref} />
              </Tabs.Panel>
            </Tabs>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}
