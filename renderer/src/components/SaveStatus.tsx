import { Group, Loader, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSaveState } from '../data/save-status';

/** The always-visible save state: there is no save button, so this is the user's assurance. */
export function SaveStatus() {
  const { t } = useTranslation();
  const { state, failure } = useSaveState();
  const label =
    state === 'saving' ? t('save.saving') : state === 'failed' ? t('save.failed') : t('save.saved');
  const content = (
    <Group
      gap={6}
      wrap="nowrap"
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={state}
    >
      {state === 'saving' ? (
        <Loader size={12} />
      ) : (
        <Text span c={state === 'failed' ? 'red' : 'teal'} aria-hidden>
          {state === 'failed' ? '!' : '✓'}
        </Text>
      )}
      <Text size="sm" c={state === 'failed' ? 'red' : 'dimmed'}>
        {label}
      </Text>
    </Group>
  );
  return failure && state === 'failed' ? (
    <Tooltip label={t('save.failedDetail', { message: failure })}>{content}</Tooltip>
  ) : (
    content
  );
}
