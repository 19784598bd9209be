import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityInfo } from '../../../../shared/contract/packages';
import { useErrorText } from '../../data/queries';
import { invoke } from '../../rpc/client';
import { useRefreshIdentity } from './identity';
import { TrustedSigners } from './TrustedSigners';

/**
 * Asked once per installation, before the first signature: who signs the packages and reviews
 * made here. Saving also creates the installation's signing key.
 */
export function IdentityDialog({
  opened,
  onClose,
  onSaved,
  initial,
  fingerprint,
}: {
  opened: boolean;
  onClose: () => void;
  onSaved: (info: IdentityInfo) => void;
  initial?: IdentityInfo['identity'];
  /** Shown when the installation already has a key, with the trusted signers. */
  fingerprint?: string | null;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const refresh = useRefreshIdentity();
  const [name, setName] = useState(initial?.name ?? '');
  const [instansi, setInstansi] = useState(initial?.instansi ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [touched, setTouched] = useState(false);
  const save = useMutation({
    mutationFn: () => invoke('identity.set', { name, instansi, email }),
    onSuccess: async (info) => {
      await refresh();
      onSaved(info);
    },
  });
  const valid = name.trim() !== '' && instansi.trim() !== '';
  return (
    <Modal opened={opened} onClose={onClose} title={t('identity.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (valid) save.mutate();
        }}
      >
        <Stack>
          <Text size="sm">{t('identity.intro')}</Text>
          <TextInput
            label={t('identity.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={touched && !name.trim() ? t('validation.required') : null}
            required
            data-autofocus
          />
          <TextInput
            label={t('identity.instansi')}
            description={t('identity.instansiHint')}
            value={instansi}
            onChange={(e) => setInstansi(e.currentTarget.value)}
            error={touched && !instansi.trim() ? t('validation.required') : null}
            required
          />
          <TextInput
            label={t('identity.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          {fingerprint && (
            <Text size="sm">
              {t('identity.yourFingerprint')}{' '}
              <Text span ff="monospace" fw={700}>
                {fingerprint}
              </Text>
            </Text>
          )}
          {fingerprint && <TrustedSigners />}
          {save.isError && (
            <Text c="red" size="sm" role="alert">
              {errorText(save.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('identity.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
