import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  MultiSelect,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  IMPORT_MAX_BYTES,
  REQUIRED_IMPORT_FIELDS,
  type ImportMapping,
  type ImportPreview,
} from '../../../../shared/contract/rpjmd';
import { keys, useErrorText } from '../../data/queries';
import { invoke } from '../../rpc/client';
import { readFileAsBase64 } from './files';

type Stage =
  | { kind: 'reading' }
  | { kind: 'failed'; message: string }
  | { kind: 'mapping'; headers: string[]; rows: number; mapping: ImportMapping }
  | { kind: 'preview'; headers: string[]; mapping: ImportMapping; preview: ImportPreview }
  | { kind: 'done'; items: number; indicators: number };

/** Column mapping, then a preview marking every bad row, then the import (all or nothing). */
export function ImportModal({
  planId,
  file,
  onClose,
}: {
  planId: string;
  file: File;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [stage, setStage] = useState<Stage>({ kind: 'reading' });
  const [base64, setBase64] = useState('');
  const [working, setWorking] = useState(false);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      if (file.size > IMPORT_MAX_BYTES) {
        setStage({
          kind: 'failed',
          message: t('errors.import.tooBig', {
            size: Math.round((file.size / 1024 / 1024) * 10) / 10,
            max: IMPORT_MAX_BYTES / 1024 / 1024,
          }),
        });
        return;
      }
      try {
        const data = await readFileAsBase64(file);
        const read = await invoke('rpjmd.importRead', {
          planId,
          fileName: file.name,
          base64: data,
        });
        if (cancelled) return;
        setBase64(data);
        setStage({ kind: 'mapping', ...read });
      } catch (error) {
        if (!cancelled) setStage({ kind: 'failed', message: errorText(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
    // Read the file once per file: `t` and `errorText` change identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, planId]);

  const check = async (headers: string[], mapping: ImportMapping) => {
    setWorking(true);
    try {
      const preview = await invoke('rpjmd.importPreview', {
        planId,
        fileName: file.name,
        base64,
        mapping,
      });
      setStage({ kind: 'preview', headers, mapping, preview });
    } catch (error) {
      setStage({ kind: 'failed', message: errorText(error) });
    } finally {
      setWorking(false);
    }
  };

  const apply = async (mapping: ImportMapping) => {
    setWorking(true);
    try {
      const result = await invoke('rpjmd.importApply', {
        planId,
        fileName: file.name,
        base64,
        mapping,
      });
      await client.invalidateQueries({ queryKey: keys.plan(planId) });
      setStage({ kind: 'done', ...result });
    } catch (error) {
      setStage({ kind: 'failed', message: errorText(error) });
    } finally {
      setWorking(false);
    }
  };

  return (
    <Modal opened onClose={onClose} size="xl" title={t('import.title', { name: file.name })}>
      {stage.kind === 'reading' && (
        <Group>
          <Loader size="sm" />
          <Text size="sm">{t('import.reading')}</Text>
        </Group>
      )}
      {stage.kind === 'failed' && (
        <Stack>
          <Alert color="red" role="alert">
            {stage.message}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      )}
      {stage.kind === 'mapping' && (
        <MappingForm
          headers={stage.headers}
          rows={stage.rows}
          initial={stage.mapping}
          working={working}
          onCancel={onClose}
          onNext={(mapping) => check(stage.headers, mapping)}
        />
      )}
      {stage.kind === 'preview' && (
        <PreviewView
          preview={stage.preview}
          working={working}
          onBack={() =>
            setStage({ kind: 'mapping', headers: stage.headers, rows: 0, mapping: stage.mapping })
          }
          onApply={() => apply(stage.mapping)}
          onCancel={onClose}
        />
      )}
      {stage.kind === 'done' && (
        <Stack>
          <Alert color="teal" role="status">
            {t('import.done', { items: stage.items, indicators: stage.indicators })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function MappingForm({
  headers,
  rows,
  initial,
  working,
  onCancel,
  onNext,
}: {
  headers: string[];
  rows: number;
  initial: ImportMapping;
  working: boolean;
  onCancel: () => void;
  onNext: (mapping: ImportMapping) => void;
}) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState(initial);
  const missing = REQUIRED_IMPORT_FIELDS.filter((f) => !mapping.fields[f]);
  const options = headers.map((h) => ({ value: h, label: h }));
  const yearOf = (h: string) => Number(/(\d{4})/.exec(h)?.[1] ?? NaN);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('import.mappingIntro', { count: rows })}</Text>
      <SimpleGrid cols={3} spacing="xs">
        {IMPORT_FIELDS.map((field) => (
          <Select
            key={field}
            size="xs"
            label={t(`import.fields.${field}`)}
            required={REQUIRED_IMPORT_FIELDS.includes(field)}
            clearable={!REQUIRED_IMPORT_FIELDS.includes(field)}
            placeholder={t('import.notInFile')}
            data={options}
            value={mapping.fields[field] ?? null}
            onChange={(v) =>
              setMapping((m) => ({ ...m, fields: { ...m.fields, [field]: v ?? undefined } }))
            }
          />
        ))}
      </SimpleGrid>
      <MultiSelect
        size="xs"
        label={t('import.targets')}
        description={t('import.targetsHint')}
        data={options.filter((o) => Number.isFinite(yearOf(o.value)))}
        value={mapping.targets.map((x) => x.header)}
        onChange={(list) =>
          setMapping((m) => ({ ...m, targets: list.map((h) => ({ header: h, year: yearOf(h) })) }))
        }
      />
      {missing.length > 0 && (
        <Text size="sm" c="red" role="alert">
          {t('errors.import.missingColumns', {
            columns: missing.map((f) => t(`import.fields.${f}`)).join(', '),
          })}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button disabled={missing.length > 0} loading={working} onClick={() => onNext(mapping)}>
          {t('import.check')}
        </Button>
      </Group>
    </Stack>
  );
}

function PreviewView({
  preview,
  working,
  onBack,
  onApply,
  onCancel,
}: {
  preview: ImportPreview;
  working: boolean;
  onBack: () => void;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const bad = preview.problems.length > 0;
  const counts = Object.entries(preview.counts)
    .map(([kind, n]) => `${n} ${t(`rpjmd.kinds.${kind}` as 'rpjmd.kinds.misi')}`)
    .join(' · ');
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('import.summary', {
          counts: counts || t('common.none'),
          indicators: preview.indicators,
        })}
      </Text>
      {preview.newOpds.length > 0 && (
        <Text size="sm">{t('import.newOpds', { names: preview.newOpds.join(', ') })}</Text>
      )}
      {bad ? (
        <>
          <Alert color="red" role="alert" title={t('import.problemsTitle')}>
            {t('errors.import.invalidRows', {
              count: new Set(preview.problems.map((p) => p.row)).size,
            })}
          </Alert>
          <ScrollArea.Autosize mah={320}>
            <Table striped withTableBorder aria-label={t('import.problemsTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('import.row')}</Table.Th>
                  <Table.Th w={170}>{t('import.column')}</Table.Th>
                  <Table.Th>{t('import.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.problems.map((p, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{p.row}</Table.Td>
                    <Table.Td>{p.column || t('common.none')}</Table.Td>
                    <Table.Td>
                      {t(`import.reasons.${p.reason}` as 'import.reasons.missing', {
                        ...p.params,
                        // An unmapped field is named as on the mapping screen, in the UI language.
                        ...(typeof p.params.field === 'string'
                          ? { field: t(`import.fields.${p.params.field}` as 'import.fields.code') }
                          : {}),
                      })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </>
      ) : (
        <>
          {preview.replaced > 0 && (
            <Alert color="yellow" role="status">
              {t('import.replaces', { count: preview.replaced })}
            </Alert>
          )}
          <ScrollArea.Autosize mah={280}>
            <Table withTableBorder aria-label={t('import.sample')}>
              <Table.Tbody>
                {preview.sample.map((s) => (
                  <Table.Tr key={s.row}>
                    <Table.Td w={60}>
                      <Text size="xs" c="dimmed">
                        {s.row}
                      </Text>
                    </Table.Td>
                    <Table.Td w={170}>
                      <Badge size="xs" variant="light">
                        {t(`rpjmd.kinds.${s.kind}`)} {s.number}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {s.text}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </>
      )}
      <Group justify="space-between">
        <Button variant="subtle" onClick={onBack}>
          {t('import.back')}
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button disabled={bad} loading={working} onClick={onApply}>
            {t('import.apply')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
