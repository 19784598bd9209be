import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessElement } from '../../../../shared/analysis/readiness';
import { localized, type ReferenceData } from '../../../../shared/reference';
import { AutosaveTextarea } from '../../components/autosave';
import { useSave } from '../../data/queries';
import { useLanguage } from '../readonly/ReadOnlyNote';

/** One element's score 1–5 with the scale's meaning of the chosen level, and its evidence. */
export const ReadinessScore = memo(function ReadinessScore({
  planId,
  subDimensionCode,
  subDimensionName,
  element,
  score,
  evidence,
  scale,
}: {
  planId: string;
  subDimensionCode: string;
  subDimensionName: string;
  element: ReadinessElement;
  score: number | null;
  evidence: string;
  scale: ReferenceData['readinessScale'];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSave('pillars.setReadiness', planId);
  const elementInfo = scale.elements.find((e) => e.code === element)!;
  const elementName = localized(elementInfo.name, language);
  const level = scale.levels.find((l) => l.score === score);
  const groupLabel = t('pillars.scoreLabel', { element: elementName, sub: subDimensionName });
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="sm" fw={600} title={localized(elementInfo.description, language)}>
          {elementName}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={groupLabel}
          value={score === null ? '0' : String(score)}
          onChange={(v) =>
            save.mutate({
              planId,
              subDimensionCode,
              element,
              patch: { score: v === '0' ? null : Number(v) },
            })
          }
          data={[
            { value: '0', label: '–' },
            ...scale.levels.map((l) => ({ value: String(l.score), label: String(l.score) })),
          ]}
        />
      </Group>
      <Text size="xs" c={level ? undefined : 'dimmed'} mih={32} aria-live="polite">
        {level
          ? `${level.score} · ${localized(level.name, language)}: ${localized(level.description, language)}`
          : t('pillars.notScored')}
      </Text>
      <AutosaveTextarea
        aria-label={t('pillars.evidenceLabel', { element: elementName, sub: subDimensionName })}
        placeholder={t('pillars.evidence')}
        size="xs"
        rows={1}
        classNames={{ input: 'grow-input grow-2' }}
        value={evidence}
        onSave={(text) =>
          save.mutate({ planId, subDimensionCode, element, patch: { evidence: text } })
        }
      />
    </Stack>
  );
});
