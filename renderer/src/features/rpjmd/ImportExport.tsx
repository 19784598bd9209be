import { Button, FileButton, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../data/queries';
import { invoke } from '../../rpc/client';
import { useLanguage } from '../readonly/ReadOnlyNote';
import { downloadXlsx, SPREADSHEET_ACCEPT } from './files';
import { ImportModal } from './ImportModal';

/** Template download, XLSX/CSV import (mapping → preview → all-or-nothing) and XLSX export. */
export function ImportExport({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  // Cleared after each import so that choosing the same (corrected) file again works.
  const resetFile = useRef<() => void>(null);

  const download = async (method: 'rpjmd.importTemplate' | 'rpjmd.exportXlsx') => {
    setBusy(true);
    try {
      const out = await invoke(method, { planId, language });
      downloadXlsx(out.fileName, out.base64);
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Group gap="xs" pb={6}>
      <FileButton onChange={setFile} accept={SPREADSHEET_ACCEPT} resetRef={resetFile}>
        {(props) => (
          <Button size="xs" variant="light" {...props}>
            {t('import.open')}
          </Button>
        )}
      </FileButton>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button size="xs" variant="default" loading={busy}>
            {t('import.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => download('rpjmd.importTemplate')}>
            {t('import.template')}
          </Menu.Item>
          <Menu.Item onClick={() => download('rpjmd.exportXlsx')}>{t('import.export')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {file && (
        <ImportModal
          planId={planId}
          file={file}
          onClose={() => {
            setFile(null);
            resetFile.current?.();
          }}
        />
      )}
    </Group>
  );
}
