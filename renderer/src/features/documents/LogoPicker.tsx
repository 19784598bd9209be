import { Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { keys, useErrorText, useRpcQuery, useSave } from '../../data/queries';

/** Same limit as the core's logo store (main/core/documents/logo.store.ts). */
const LOGO_MAX_BYTES = 1_000_000;
const LOGO_TYPES = ['image/png', 'image/jpeg'];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

/** The regency's logo on the document covers. */
export function LogoPicker({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const logo = useRpcQuery(keys.planPart(planId, 'documentLogo'), 'documents.logo', { planId });
  const save = useSave('documents.setLogo', planId);
  const [problem, setProblem] = useState<string | null>(null);

  const store = (dataUrl: string | null) => {
    setProblem(null);
    save.mutate({ planId, dataUrl }, { onError: (e) => setProblem(errorText(e)) });
  };

  const choose = (file: File | null) => {
    if (!file) return;
    // Checked here too, so a wrong or huge file gets its own message before any upload; the
    // core checks the bytes again (a renamed file is still refused there).
    if (!LOGO_TYPES.includes(file.type)) {
      setProblem(t('errors.documents.logoInvalid'));
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      setProblem(t('errors.documents.logoTooLarge'));
      return;
    }
    readAsDataUrl(file).then(store, () => setProblem(t('errors.documents.logoInvalid')));
  };

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('documents.logo')}
      </Text>
      <QueryState query={logo}>
        {({ dataUrl }) => (
          <Group align="center">
            {dataUrl ? (
              <Image src={dataUrl} alt={t('documents.logoAlt')} h={64} w="auto" fit="contain" />
            ) : (
              <Text size="sm" c="dimmed">
                {t('documents.logoNone')}
              </Text>
            )}
            <FileButton accept="image/png,image/jpeg" onChange={choose}>
              {(props) => (
                <Button variant="default" size="xs" {...props}>
                  {t('documents.logoChoose')}
                </Button>
              )}
            </FileButton>
            {dataUrl ? (
              <Button variant="subtle" color="red" size="xs" onClick={() => store(null)}>
                {t('documents.logoRemove')}
              </Button>
            ) : null}
          </Group>
        )}
      </QueryState>
      {problem ? (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      ) : null}
    </Stack>
  );
}
