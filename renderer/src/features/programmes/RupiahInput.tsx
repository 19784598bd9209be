/** A rupiah field that reads what users type (`1.250.000`, `1,25 M`, `750 juta`) and saves whole rupiah. */
import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../../shared/format';
import { parseRupiah, formatRupiahInput } from '../../../../shared/rupiah';
import { useDraft } from '../../components/autosave';

export function RupiahInput({
  value,
  onSave,
  ...props
}: {
  value: number | null;
  onSave: (value: number | null) => void;
} & Omit<TextInputProps, 'value' | 'onChange'>) {
  const { t } = useTranslation();
  const draft = useDraft(formatRupiahInput(value), {
    validate: (text) => {
      const r = parseRupiah(text);
      return r.ok ? null : t(r.messageKey);
    },
    commit: (text) => {
      const r = parseRupiah(text);
      if (r.ok && r.value !== value) onSave(r.value);
    },
  });
  const parsed = parseRupiah(draft.value);
  return (
    <TextInput
      inputMode="decimal"
      {...props}
      value={draft.value}
      error={draft.error}
      description={
        props.description ??
        (parsed.ok && parsed.value !== null && !/^[\d.]+$/.test(draft.value.trim())
          ? formatRupiah(parsed.value)
          : undefined)
      }
      onChange={(e) => draft.onChange(e.currentTarget.value)}
      onBlur={draft.onBlur}
    />
  );
}
