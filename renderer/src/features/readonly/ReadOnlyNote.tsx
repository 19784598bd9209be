import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ReadOnlyNote() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" py="xs">
      {t('common.readOnlyNote')}
    </Alert>
  );
}

export function useLanguage(): 'id' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'id';
}
