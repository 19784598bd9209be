import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../data/queries';
import { invoke } from '../../rpc/client';
import { downloadBase64 } from './files';
import { useIdentity } from './identity';
import { IdentityDialog } from './IdentityDialog';

/**
 * "Simpan sebagai paket" (a split button: with the PDF books as a second choice). Asks for the
 * identity on first use, then signs and saves the file.
 */
export function SavePackageButton({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const identity = useIdentity();
  const [asking, setAsking] = useState<null | boolean>(null);
  const [editing, setEditing] = useState(false);
  const save = useMutation({
    mutationFn: (withPdf: boolean) => invoke('packages.export', { planId, withPdf }),
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
  const start = (withPdf: boolean) => {
    if (!identity.data?.identity || !identity.data.fingerprint) setAsking(withPdf);
    else save.mutate(withPdf);
  };
  return (
    <>
      <Button.Group>
        <Button variant="default" onClick={() => start(false)} loading={save.isPending}>
          {t('packages.saveAsPackage')}
        </Button>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              px={8}
              aria-label={t('packages.saveOptions')}
              disabled={save.isPending}
            >
              <span aria-hidden>▾</span>
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => start(false)}>{t('packages.saveWithoutPdf')}</Menu.Item>
            <Menu.Item onClick={() => start(true)}>{t('packages.saveWithPdf')}</Menu.Item>
            <Menu.Divider />
            <Menu.Item onClick={() => setEditing(true)}>{t('identity.menu')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Button.Group>
      {editing && (
        <IdentityDialog
          opened
          initial={identity.data?.identity}
          fingerprint={identity.data?.fingerprint}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
      {asking !== null && (
        <IdentityDialog
          opened
          initial={identity.data?.identity}
          onClose={() => setAsking(null)}
          onSaved={() => {
            save.mutate(asking);
            setAsking(null);
          }}
        />
      )}
    </>
  );
}
