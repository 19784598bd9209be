import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { formatNumber } from '../../../../shared/format';
import { useErrorText, useRegions, useSave } from '../../data/queries';

const PLAN_YEARS = 10;

function defaultTitle(regionName: string, startYear: number) {
  return `Masterplan Smart City ${regionName} ${startYear}–${startYear + PLAN_YEARS - 1}`;
}

/** Creating a plan starts from the official list of 514 regencies and cities. */
export function CreatePlanModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const regions = useRegions();
  const [, navigate] = useLocation();
  const errorText = useErrorText();
  const create = useSave('plans.create');
  const thisYear = new Date().getFullYear();
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [startYear, setStartYear] = useState<number>(thisYear + 1);
  const [title, setTitle] = useState('');
  const [titleTouched, setTitleTouched] = useState(false);
  const [regionError, setRegionError] = useState<string | null>(null);

  const options = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const r of regions.data ?? []) {
      const list = groups.get(r.provinceName) ?? [];
      list.push({ value: r.code, label: r.name });
      groups.set(r.provinceName, list);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [regions.data]);
  const region = regions.data?.find((r) => r.code === regionCode);
  const validYear = Number.isInteger(startYear) && startYear >= 2000 && startYear <= 2100;
  const shownTitle = titleTouched
    ? title
    : region && validYear
      ? defaultTitle(region.name, startYear)
      : '';

  const reset = () => {
    setRegionCode(null);
    setTitle('');
    setTitleTouched(false);
    setRegionError(null);
    setStartYear(thisYear + 1);
  };
  const close = () => {
    reset();
    onClose();
  };
  const submit = () => {
    if (!region) {
      setRegionError(t('create.regionRequired'));
      return;
    }
    if (!validYear) return;
    create.mutate(
      {
        regionCode: region.code,
        startYear,
        ...(shownTitle.trim() ? { title: shownTitle.trim() } : {}),
      },
      {
        onSuccess: (plan) => {
          notifications.show({
            color: 'teal',
            message: t('create.created', { title: plan.title }),
          });
          close();
          navigate(`/plans/${plan.id}/profile`);
        },
        onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('create.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Select
            label={t('create.region')}
            placeholder={t('create.regionPlaceholder')}
            nothingFoundMessage={t('create.regionNothing')}
            data={options}
            value={regionCode}
            onChange={(value) => {
              setRegionCode(value);
              setRegionError(null);
            }}
            searchable
            required
            error={regionError}
            limit={50}
            maxDropdownHeight={280}
            data-autofocus
          />
          {region && (
            <SimpleGrid cols={4} spacing="xs" aria-live="polite">
              <div>
                <Text size="xs" c="dimmed">
                  {t('create.code')}
                </Text>
                <Text size="sm">{region.code}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t('create.province')}
                </Text>
                <Text size="sm">{region.provinceName}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t('create.population')}
                </Text>
                <Text size="sm">
                  {region.population === null
                    ? t('common.none')
                    : formatNumber(region.population, language)}
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t('create.area')}
                </Text>
                <Text size="sm">
                  {region.areaKm2 === null
                    ? t('common.none')
                    : formatNumber(region.areaKm2, language)}
                </Text>
              </div>
            </SimpleGrid>
          )}
          <NumberInput
            label={t('create.startYear')}
            description={
              validYear
                ? t('create.startYearHint', { start: startYear, end: startYear + PLAN_YEARS - 1 })
                : undefined
            }
            value={startYear}
            onChange={(value) => setStartYear(typeof value === 'number' ? value : Number(value))}
            min={2000}
            max={2100}
            allowDecimal={false}
            thousandSeparator=""
            error={validYear ? null : t('validation.yearRange', { min: 2000, max: 2100 })}
            required
          />
          <TextInput
            label={t('create.planTitle')}
            value={shownTitle}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              setTitleTouched(true);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
