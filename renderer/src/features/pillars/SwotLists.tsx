import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SwotDto } from '../../../../shared/contract/pillars';
import { AutosaveTextarea } from '../../components/autosave';
import { useSave } from '../../data/queries';

const QUADRANTS = ['kekuatan', 'kelemahan', 'peluang', 'ancaman'] as const;
const COLORS = { kekuatan: 'teal', kelemahan: 'orange', peluang: 'blue', ancaman: 'red' } as const;

/** SWOT of a pillar as four lists. */
export function SwotLists({
  planId,
  pillarCode,
  pillarName,
  items,
}: {
  planId: string;
  pillarCode: string;
  pillarName: string;
  items: SwotDto[];
}) {
  const { t } = useTranslation();
  const add = useSave('swot.add', planId);
  const update = useSave('swot.update', planId);
  const remove = useSave('swot.remove', planId);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`swot-${pillarCode}`}>
      <Title order={4} size="h6" id={`swot-${pillarCode}`} mb="xs">
        {t('pillars.swot', { pillar: pillarName })}
      </Title>
      <SimpleGrid cols={2} spacing="sm">
        {QUADRANTS.map((q) => {
          const list = items.filter((i) => i.quadrant === q);
          const quadrant = t(`pillars.quadrants.${q}`);
          return (
            <Stack
              key={q}
              gap={4}
              component="section"
              aria-label={quadrant}
              style={{ borderTop: `3px solid var(--mantine-color-${COLORS[q]}-5)`, paddingTop: 4 }}
            >
              <Text size="sm" fw={600}>
                {quadrant}
              </Text>
              {list.map((item, i) => (
                <Group key={item.id} gap={4} wrap="nowrap" align="flex-start">
                  <AutosaveTextarea
                    rows={1}
                    classNames={{ input: 'grow-input' }}
                    aria-label={t('pillars.swotItem', { quadrant, n: i + 1 })}
                    size="xs"
                    style={{ flex: 1 }}
                    value={item.text}
                    onSave={(text) => update.mutate({ planId, swotId: item.id, patch: { text } })}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('pillars.removeSwot', { quadrant, n: i + 1 })}
                    onClick={() => remove.mutate({ planId, swotId: item.id })}
                  >
                    <span aria-hidden>✕</span>
                  </ActionIcon>
                </Group>
              ))}
              <Button
                size="compact-xs"
                variant="subtle"
                w="fit-content"
                onClick={() => add.mutate({ planId, pillarCode, quadrant: q })}
              >
                {t('pillars.addSwot', { quadrant })}
              </Button>
            </Stack>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}
