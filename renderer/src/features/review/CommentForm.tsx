import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepIds, type StepId } from '../../../../shared/contract';
import type { CommentSeverity, CommentTargetType } from '../../../../shared/contract/packages';
import { targetKey, type CommentTarget } from './targets';

/** A reviewer's new comment: which item, how serious, what. */
export function CommentForm({
  targets,
  step,
  severities,
  busy,
  onSave,
}: {
  targets: CommentTarget[];
  step: StepId;
  severities: Array<{ value: string; label: string }>;
  busy: boolean;
  onSave: (input: {
    targetType: CommentTargetType;
    targetId: string;
    severity: CommentSeverity;
    body: string;
  }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const first = targets.find((x) => x.step === step) ?? targets[0];
  const [target, setTarget] = useState<string | null>(
    first ? targetKey(first.type, first.id) : null,
  );
  const [severity, setSeverity] = useState<string | null>('minor');
  const [body, setBody] = useState('');
  const [touched, setTouched] = useState(false);
  const data = stepIds
    .map((s) => ({
      group: t(`steps.${s}`),
      items: targets
        .filter((x) => x.step === s)
        .map((x) => ({
          value: targetKey(x.type, x.id),
          label: `${t(`review.targets.${x.type}`)}: ${x.label}`,
        })),
    }))
    .filter((g) => g.items.length > 0);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        const chosen = targets.find((x) => targetKey(x.type, x.id) === target);
        if (!chosen || !severity || !body.trim()) return;
        void onSave({
          targetType: chosen.type,
          targetId: chosen.id,
          severity: severity as CommentSeverity,
          body: body.trim(),
        })
          .then(() => {
            setBody('');
            setTouched(false);
          })
          .catch(() => undefined);
      }}
    >
      <Stack gap="xs">
        <Select
          label={t('review.target')}
          data={data}
          value={target}
          onChange={setTarget}
          searchable
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('review.severity')}
          data={severities}
          value={severity}
          onChange={setSeverity}
          allowDeselect={false}
        />
        <Textarea
          label={t('review.body')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={8}
          error={touched && !body.trim() ? t('validation.required') : null}
          required
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('review.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
