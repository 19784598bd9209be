import { FileButton, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useRoute } from 'wouter';
import type { ImportMode } from '../../../../shared/contract/packages';
import { keys, useErrorText } from '../../data/queries';
import { invoke } from '../../rpc/client';
import { reviewCopiesKey } from '../review/review-data';
import { PACKAGE_ACCEPT, readFileAsBase64 } from './files';
import { ImportDialog, type OpenedFile } from './ImportDialog';

/** Base64 grows by a third; the browser host accepts 10 MB request bodies. */
const BROWSER_MAX_BYTES = 7 * 1048576;

const OpenerContext = createContext<(file: File) => void>(() => undefined);

/** Opening a `*.rancang` file from anywhere: the button, a drop onto the window. */
export function PackageOpener({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const inspect = useCallback(
    async (fileName: string, data: string) => {
      setActionError(null);
      setFile({ fileName, data, info: null, error: null });
      try {
        const info = await invoke('packages.inspect', { data });
        setFile({ fileName, data, info, error: null });
      } catch (error) {
        setFile({ fileName, data, info: null, error: errorText(error) });
      }
    },
    [errorText],
  );

  const open = useCallback(
    (picked: File) => {
      // Browser mode sends the file to the local host in one request of at most 10 MB.
      if (!window.rancang && picked.size > BROWSER_MAX_BYTES) {
        setFile({
          fileName: picked.name,
          data: '',
          info: null,
          error: t('packages.tooBigForBrowser', {
            size: (picked.size / 1048576).toFixed(1),
            max: BROWSER_MAX_BYTES / 1048576,
          }),
        });
        return;
      }
      void readFileAsBase64(picked)
        .then((data) => inspect(picked.name, data))
        .catch((error: unknown) =>
          setFile({ fileName: picked.name, data: '', info: null, error: errorText(error) }),
        );
    },
    [inspect, errorText, t],
  );

  // The desktop shell opened a file (menu, file association): take it by its one-time token.
  const [fromShell, shellParams] = useRoute<{ token: string }>('/open-package/:token');
  const shellToken = fromShell ? shellParams.token : null;
  useEffect(() => {
    if (!shellToken) return;
    navigate('/', { replace: true });
    void invoke('packages.takePending', { token: shellToken })
      .then(({ fileName, data }) => inspect(fileName, data))
      .catch((error: unknown) =>
        setFile({ fileName: '', data: '', info: null, error: errorText(error) }),
      );
  }, [shellToken, navigate, inspect, errorText]);

  // A package dropped anywhere on the window opens it (and never navigates away).
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const dropped = e.dataTransfer?.files?.[0];
      if (!dropped) return;
      e.preventDefault();
      open(dropped);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [open]);

  const finish = async (planId: string, message: string) => {
    await client.invalidateQueries({ queryKey: keys.plans });
    await client.invalidateQueries({ queryKey: keys.plan(planId) });
    await client.invalidateQueries({ queryKey: reviewCopiesKey });
    setFile(null);
    notifications.show({ color: 'teal', message });
    navigate(`/plans/${planId}/profile`);
  };

  const choose = async (mode: ImportMode) => {
    if (!file?.info) return;
    setBusy(true);
    setActionError(null);
    try {
      const result = await invoke('packages.import', {
        data: file.data,
        mode,
        ...(mode === 'copy'
          ? { title: t('duplicate.copyTitle', { title: file.info.planTitle }) }
          : {}),
      });
      await finish(
        result.planId,
        result.backupFile
          ? t('packages.replaced', { file: result.backupFile })
          : result.keptComments !== undefined
            ? t('packages.reviewUpdated', {
                count: result.keptComments,
                orphaned: result.orphanedComments
                  ? t('packages.reviewOrphaned', { count: result.orphanedComments })
                  : '',
              })
            : t(`packages.imported.${mode}`),
      );
    } catch (error) {
      // Shown in the dialog itself: toasts sit below modals.
      setActionError(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const attachReview = async () => {
    if (!file) return;
    setBusy(true);
    setActionError(null);
    try {
      const result = await invoke('review.import', { data: file.data });
      await finish(
        result.planId,
        t('packages.reviewAttached', { count: result.added + result.updated }),
      );
    } catch (error) {
      setActionError(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <OpenerContext.Provider value={open}>
      {children}
      {file && (
        <ImportDialog
          file={file}
          busy={busy}
          actionError={actionError}
          onChoose={(mode) => void choose(mode)}
          onAttachReview={() => void attachReview()}
          onClose={() => setFile(null)}
          onTrusted={() => void inspect(file.fileName, file.data)}
        />
      )}
    </OpenerContext.Provider>
  );
}

export const useOpenPackage = () => useContext(OpenerContext);

/** "Buka paket…": picks a `*.rancang` file. */
export function OpenPackageButton() {
  const { t } = useTranslation();
  const open = useOpenPackage();
  return (
    <FileButton onChange={(f) => f && open(f)} accept={PACKAGE_ACCEPT}>
      {(props) => (
        <Button variant="default" {...props}>
          {t('packages.open')}
        </Button>
      )}
    </FileButton>
  );
}
