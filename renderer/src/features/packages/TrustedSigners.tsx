import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useRpcQuery } from '../../data/queries';
import { invoke } from '../../rpc/client';

const trustedKey = ['packages', 'trusted'] as const;

/** The signers this user marked as trusted, each removable. */
export function TrustedSigners() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const trusted = useRpcQuery(trustedKey, 'packages.trusted', {});
  const untrust = useMutation({
    mutationFn: (publicKey: string) => invoke('packages.untrust', { publicKey }),
    onSuccess: (list) => client.setQueryData(trustedKey, list),
  });
  const list = trusted.data ?? [];
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('identity.trustedTitle')}
      </Text>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('identity.trustedNone')}
        </Text>
      ) : (
        list.map((s) => (
          <Group key={s.publicKey} justify="space-between" wrap="nowrap">
            <Text size="sm">
              {s.name} ({s.instansi}) ·{' '}
              <Text span ff="monospace" size="sm">
                {s.fingerprint}
              </Text>
            </Text>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => untrust.mutate(s.publicKey)}
              aria-label={t('identity.untrustLabel', { name: s.name })}
            >
              {t('identity.untrust')}
            </Button>
          </Group>
        ))
      )}
    </Stack>
  );
}
