import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PackageInfo } from '../../../../shared/contract/packages';
import { formatDate } from '../../../../shared/format';
import { invoke } from '../../rpc/client';

const STATUS_COLOR = { intact: 'teal', altered: 'red', unsigned: 'yellow' } as const;

/** Where a package came from: signer, short fingerprint, intact/altered/unsigned, trusted. */
export function ProvenancePanel({ info, onTrusted }: { info: PackageInfo; onTrusted: () => void }) {
  const { t, i18n } = useTranslation();
  const trust = useMutation({
    mutationFn: () =>
      invoke('packages.trust', {
        publicKey: info.signer!.publicKey,
        name: info.signer!.name,
        instansi: info.signer!.instansi,
      }),
    onSuccess: onTrusted,
  });
  const color = STATUS_COLOR[info.status];
  return (
    <Alert
      color={color}
      variant="light"
      title={t(`packages.status.${info.status}`)}
      aria-label={t('packages.provenance')}
    >
      <Stack gap={6}>
        <Text size="sm">{t(`packages.statusHint.${info.status}`)}</Text>
        {info.signer && (
          <>
            <Text size="sm">
              {t('packages.signedBy', {
                name: info.signer.name,
                instansi: info.signer.instansi,
              })}
              {info.signer.email ? ` · ${info.signer.email}` : ''}
            </Text>
            <Group gap="xs">
              <Text size="sm">{t('packages.fingerprint')}</Text>
              <Text size="sm" ff="monospace" fw={700} data-testid="fingerprint">
                {info.signer.fingerprint}
              </Text>
              {info.trusted ? (
                <Badge color="teal" variant="light">
                  {info.own ? t('packages.own') : t('packages.trusted')}
                </Badge>
              ) : (
                <Badge color="gray" variant="light">
                  {t('packages.notTrusted')}
                </Badge>
              )}
            </Group>
            {!info.trusted && info.status === 'intact' && (
              <Group gap="xs" align="center">
                <Text size="xs" c="dimmed" style={{ flex: 1 }}>
                  {t('packages.trustHint')}
                </Text>
                <Button
                  size="xs"
                  variant="light"
                  loading={trust.isPending}
                  onClick={() => trust.mutate()}
                >
                  {t('packages.trust')}
                </Button>
              </Group>
            )}
          </>
        )}
        {info.problems.length > 0 && (
          <Text size="sm">
            {t('packages.problemsList', {
              list: info.problems
                .map((p) =>
                  t(`packages.problem.${p.kind}` as 'packages.problem.changedEntry', {
                    name: p.name,
                  }),
                )
                .join('; '),
            })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('packages.createdWith', {
            date: formatDate(info.created.slice(0, 10), i18n.language === 'en' ? 'en' : 'id'),
            version: info.appVersion,
          })}
        </Text>
      </Stack>
    </Alert>
  );
}
