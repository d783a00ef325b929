import { ActionIcon, Button, Checkbox, Fieldset, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Dimension, Plan, Titles } from '../api/views';
import { usePlanRefresh } from '../hooks/usePlanRefresh';
import { CommandForm } from './CommandForm';

interface Names {
  en: string;
  ru: string;
  tg: string;
}

interface CategoryRow extends Names {
  code: string;
  /** Already in the catalogue: its code stays, it is never removed. */
  known: boolean;
}

interface DimensionValues extends Names {
  code: string;
  exhaustive: boolean;
  categories: CategoryRow[];
  reason: string;
}

const namesFrom = (names: Titles | undefined): Names => ({ en: names?.en ?? '', ru: names?.ru ?? '', tg: names?.tg ?? '' });

/** The languages given: a blank one is left out (a correction keeps what is stored in it). */
const titlesOf = ({ en, ru, tg }: Names): Titles => ({ ...(en ? { en } : {}), ...(ru ? { ru } : {}), ...(tg ? { tg } : {}) });

const newCategory = (): CategoryRow => ({ code: '', en: '', ru: '', tg: '', known: false });

/**
 * The API's paths onto the form's: `names` and `categories[1].names` name the language at fault in their
 * message ("names.ru must be…"), so they go beside that language's field (`ru`, `categories.1.ru`), else English.
 */
const toFormPaths = (errors: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(errors).map(([path, message]) => {
      const language = /\bnames\.(en|ru|tg)\b/.exec(message)?.[1] ?? 'en';
      return [path.replace(/^names(\..*)?$/, language).replace(/^categories\.(\d+)\.names(\..*)?$/, `categories.$1.${language}`), message];
    }),
  );

/** One category's code and its names in the three languages; a known one keeps its code. */
function CategoryFields({ form, index }: { form: UseFormReturnType<DimensionValues>; index: number }) {
  const { t } = useTranslation();
  const row = form.values.categories[index];
  return (
    <Fieldset legend={t('resultsFramework.categoryN', { n: index + 1 })}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('resultsFramework.categoryCode')} required readOnly={row.known} {...form.getInputProps(`categories.${index}.code`)} />
        <TextInput label={t('resultsFramework.nameEn')} required={!row.known} {...form.getInputProps(`categories.${index}.en`)} />
        <TextInput label={t('resultsFramework.nameRu')} lang="ru" {...form.getInputProps(`categories.${index}.ru`)} />
        <TextInput label={t('resultsFramework.nameTg')} lang="tg" {...form.getInputProps(`categories.${index}.tg`)} />
      </SimpleGrid>
      {!row.known && form.values.categories.length > 1 && (
        <Group justify="flex-end" mt="xs">
          <ActionIcon
            variant="default"
            aria-label={t('resultsFramework.removeCategory', { n: index + 1 })}
            onClick={() => form.removeListItem('categories', index)}
          >
            ×
          </ActionIcon>
        </Group>
      )}
    </Fieldset>
  );
}

/**
 * Adds a dimension to the plan's disaggregation catalogue (its code, names in English, Russian and Tajik,
 * whether its categories add up, its categories), or corrects one (`dimension` given) with a reason:
 * renamed, its categories renamed or more added; none is removed, since reported values name them.
 */
export function DimensionForm({ plan, dimension, onDone }: { plan: Plan; dimension?: Dimension; onDone(): void }) {
  const { t } = useTranslation();
  const refresh = usePlanRefresh(plan.id);
  const form = useForm<DimensionValues>({
    initialValues: {
      code: dimension?.code ?? '',
      ...namesFrom(dimension?.names),
      exhaustive: dimension?.exhaustive ?? true,
      categories: dimension ? dimension.categories.map((c) => ({ code: c.code, ...namesFrom(c.names), known: true })) : [newCategory()],
      reason: '',
    },
  });
  const command = useCommand({
    form,
    basedOn: plan.revision,
    send: (v, headers) => {
      const categories = v.categories.map((c) => ({ code: c.code, names: titlesOf(c) }));
      if (dimension) {
        const names = titlesOf(v);
        const body = { ...(Object.keys(names).length > 0 ? { names } : {}), exhaustive: v.exhaustive, categories, reason: v.reason };
        return api.POST('/plans/{id}/disaggregations/{code}/amend', { params: { path: { id: plan.id, code: dimension.code } }, body, headers });
      }
      return api.POST('/plans/{id}/disaggregations', {
        params: { path: { id: plan.id } },
        body: { code: v.code, names: titlesOf(v), exhaustive: v.exhaustive, categories },
        headers,
      });
    },
    toFormPaths,
    async onDone() {
      form.reset();
      await refresh();
      onDone();
    },
  });
  return (
    <CommandForm
      onSubmit={form.onSubmit}
      command={command}
      submitLabel={dimension ? t('resultsFramework.correctDimension') : t('resultsFramework.addDimensionSubmit')}
      onReload={() => void refresh().then(onDone)}
    >
      <TextInput
        label={t('resultsFramework.dimensionCode')}
        description={dimension ? undefined : t('resultsFramework.codeHint')}
        required
        readOnly={!!dimension}
        {...form.getInputProps('code')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('resultsFramework.dimensionEn')} required={!dimension} {...form.getInputProps('en')} />
        <TextInput label={t('resultsFramework.dimensionRu')} lang="ru" {...form.getInputProps('ru')} />
        <TextInput label={t('resultsFramework.dimensionTg')} lang="tg" {...form.getInputProps('tg')} />
      </SimpleGrid>
      <Checkbox label={t('resultsFramework.exhaustive')} {...form.getInputProps('exhaustive', { type: 'checkbox' })} />
      {form.values.categories.map((c, i) => (
        <CategoryFields key={c.known ? c.code : `new-${i}`} form={form} index={i} />
      ))}
      <Button variant="default" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('categories', newCategory())}>
        {t('resultsFramework.addCategory')}
      </Button>
      {dimension && <TextInput label={t('report.reason')} required {...form.getInputProps('reason')} />}
    </CommandForm>
  );
}
