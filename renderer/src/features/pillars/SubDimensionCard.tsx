import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { READINESS_ELEMENTS } from '../../../../shared/analysis/readiness';
import type { SubDimensionAnalysisDto } from '../../../../shared/contract/pillars';
import type { ReferenceData } from '../../../../shared/reference';
import { AutosaveTextarea } from '../../components/autosave';
import { useSave } from '../../data/queries';
import { ReadinessScore } from './ReadinessScore';

/** A sub-dimension: readiness of the three elements, then current → expected condition → gap. */
export const SubDimensionCard = memo(function SubDimensionCard({
  planId,
  code,
  name,
  description,
  analysis,
  scale,
}: {
  planId: string;
  code: string;
  name: string;
  description: string;
  analysis: SubDimensionAnalysisDto | undefined;
  scale: ReferenceData['readinessScale'];
}) {
  const { t } = useTranslation();
  const save = useSave('pillars.updateAnalysis', planId);
  const field = (key: 'currentCondition' | 'expectedCondition' | 'gap') => (
    <AutosaveTextarea
      label={t(`pillars.${key}`)}
      aria-label={t(`pillars.${key}Of`, { sub: name })}
      size="xs"
      rows={1}
      classNames={{ input: 'grow-input grow-3' }}
      value={analysis?.[key] ?? ''}
      onSave={(text) => save.mutate({ planId, subDimensionCode: code, patch: { [key]: text } })}
    />
  );
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`sub-${code}`}>
      <Title order={4} size="h6" id={`sub-${code}`}>
        {name}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {description}
      </Text>
      <SimpleGrid cols={3} spacing="sm">
        {READINESS_ELEMENTS.map((element) => {
          const r = analysis?.readiness.find((x) => x.element === element);
          return (
            <ReadinessScore
              key={element}
              planId={planId}
              subDimensionCode={code}
              subDimensionName={name}
              element={element}
              score={r?.score ?? null}
              evidence={r?.evidence ?? ''}
              scale={scale}
            />
          );
        })}
      </SimpleGrid>
      <SimpleGrid cols={3} spacing="sm" mt="sm">
        {field('currentCondition')}
        {field('expectedCondition')}
        {field('gap')}
      </SimpleGrid>
    </Paper>
  );
});
