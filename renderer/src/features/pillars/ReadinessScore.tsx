import { Group, Stack, Text } from '@mantine/core';
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
  const value = score === null ? '0' : String(score);
  const options = [
    { value: '0', label: '–', aria: t('pillars.notScored') },
    ...scale.levels.map((l) => ({
      value: String(l.score),
      label: String(l.score),
      aria: `${l.score} ${localized(l.name, language)}`,
    })),
  ];
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="sm" fw={600} title={localized(elementInfo.description, language)}>
          {elementName}
        </Text>
        {/* Native radios drawn as a segmented control: a pillar shows nine of these, and
            Mantine's SegmentedControl measures its indicator on every reveal (a tab switch). */}
        <div className="score-seg" role="radiogroup" aria-label={groupLabel}>
          {options.map((o) => (
            <label key={o.value} className="score-seg-option">
              <input
                type="radio"
                name={`score-${subDimensionCode}-${element}`}
                value={o.value}
                checked={value === o.value}
                aria-label={o.aria}
                onChange={() =>
                  save.mutate({
                    planId,
                    subDimensionCode,
                    element,
                    patch: { score: o.value === '0' ? null : Number(o.value) },
                  })
                }
              />
              <span aria-hidden>{o.label}</span>
            </label>
          ))}
        </div>
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
