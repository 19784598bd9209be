import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSchema } from '../../../shared/contract';
import { keys } from '../data/queries';
import { invoke } from '../rpc/client';

/** Switches the UI language and remembers it in the store (menus follow in the desktop app). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const labelId = useId();
  const change = async (value: string) => {
    const language = languageSchema.parse(value);
    await i18n.changeLanguage(language);
    const settings = await invoke('settings.update', { language });
    client.setQueryData(keys.settings, settings);
  };
  return (
    <div role="group" aria-labelledby={labelId}>
      <VisuallyHidden id={labelId}>{t('app.language')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={i18n.language}
        onChange={(value) => void change(value)}
        data={[
          { value: 'id', label: <span title={t('app.languages.id')}>ID</span> },
          { value: 'en', label: <span title={t('app.languages.en')}>EN</span> },
        ]}
      />
    </div>
  );
}
