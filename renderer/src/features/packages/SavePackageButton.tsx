import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../data/queries';
import { invoke } from '../../rpc/client';
import { downloadBase64 } from './files';
import { useIdentity } from './identity';
import { IdentityDialog } from './IdentityDialog';

/** "Simpan sebagai paket": asks for the identity on first use, then signs and saves the file. */
export function SavePackageButton({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const identity = useIdentity();
  const [asking, setAsking] = useState(false);
  const save = useMutation({
    mutationFn: () => invoke('packages.export', { planId }),
    onSuccess: (result) => {
      downloadBase64(result.fileName, result.dataBase64);
      notifications.show({
        color: 'teal',
        message: t('packages.saved', {
          file: result.fileName,
          fingerprint: identity.data?.fingerprint ?? '',
        }),
      });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
  });
  const start = () => {
    if (!identity.data?.identity || !identity.data.fingerprint) setAsking(true);
    else save.mutate();
  };
  return (
    <>
      <Button variant="default" onClick={start} loading={save.isPending}>
        {t('packages.saveAsPackage')}
      </Button>
      {asking && (
        <IdentityDialog
          opened
          initial={identity.data?.identity}
          onClose={() => setAsking(false)}
          onSaved={() => {
            setAsking(false);
            save.mutate();
          }}
        />
      )}
    </>
  );
}
