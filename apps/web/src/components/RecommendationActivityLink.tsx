import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { Recommendation } from '../api/views';
import { useRecommendationsRefresh } from '../hooks/useRecommendationsRefresh';
import { ActivityPicker } from './ActivityPicker';
import { CommandForm } from './CommandForm';

/** Only an accepted recommendation is linked to activities: before the commission endorsed it, a link would claim nothing. */
export const linksActivities = (status: Recommendation['status']): boolean => status === 'accepted';

/** An accepted recommendation linked to an activity that implements it (one not linked yet), based on the revision read. */
export function RecommendationActivityLink({ recommendation: r, onDone }: { recommendation: Recommendation; onDone(): void }) {
  const { t } = useTranslation();
  const refresh = useRecommendationsRefresh();
  const form = useForm<{ activityId: string | null }>({ initialValues: { activityId: null } });
  const command = useCommand({
    form,
    basedOn: r.revision,
    // Left unchosen, it goes empty and the API's field message says what is missing.
    send: (v, headers) =>
      api.POST('/recommendations/{id}/link-activity', { params: { path: { id: r.id } }, body: { activityId: v.activityId ?? '' }, headers }),
    async onDone() {
      await refresh();
      onDone();
    },
  });
  if (!linksActivities(r.status)) return null;
  return (
    <CommandForm
      onSubmit={form.onSubmit}
      command={command}
      submitLabel={t('recommendationCourse.do.link')}
      onReload={() => {
        void refresh();
        onDone();
      }}
    >
      <ActivityPicker
        label={t('recommendationCourse.activity')}
        description={t('recommendationCourse.activityHint')}
        nothingFoundMessage={t('recommendationCourse.noActivity')}
        required
        except={r.linkedActivityIds}
        {...form.getInputProps('activityId')}
      />
    </CommandForm>
  );
}
