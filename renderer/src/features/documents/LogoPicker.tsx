import { Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { keys, useRpcQuery, useSave } from '../../data/queries';

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
  const logo = useRpcQuery(keys.planPart(planId, 'documentLogo'), 'documents.logo', { planId });
  const save = useSave('documents.setLogo', planId);
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
            <FileButton
              accept="image/png,image/jpeg"
              onChange={(file) => {
                if (file)
                  void readAsDataUrl(file).then((data) => save.mutate({ planId, dataUrl: data }));
              }}
            >
              {(props) => (
                <Button variant="default" size="xs" {...props}>
                  {t('documents.logoChoose')}
                </Button>
              )}
            </FileButton>
            {dataUrl ? (
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => save.mutate({ planId, dataUrl: null })}
              >
                {t('documents.logoRemove')}
              </Button>
            ) : null}
          </Group>
        )}
      </QueryState>
    </Stack>
  );
}
