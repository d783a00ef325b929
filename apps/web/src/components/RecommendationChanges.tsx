import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Recommendation } from '../api/views';
import { activityLabel } from './ActivityPicker';
import { useActivityNames } from '../hooks/useActivityNames';
import { RecommendationActivityLink, linksActivities } from './RecommendationActivityLink';
import { RecommendationCourse, courseStep } from './RecommendationCourse';
import { RecommendationForm } from './RecommendationForm';

/** A part of the dialog, named by its heading (a region, so a reader can go to it). */
function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={3} size="h5" mb="xs" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The activities already taking it up, by code and title. */
function LinkedActivities({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const activities = useActivityNames(ids);
  if (ids.length === 0) return null;
  return (
    <List size="sm" mb="xs">
      {ids.map((id) => {
        const activity = activities.get(id);
        return (
          <List.Item key={id}>
            <Anchor component={Link} to={`/activities/${id}`} size="sm">
              {activity ? activityLabel(activity) : t('recommendations.linkedActivity')}
            </Anchor>
          </List.Item>
        );
      })}
    </List>
  );
}

/**
 * What the secretariat may record of a recommendation, as its status allows: the step of its course
 * (implemented once accepted, withdrawn before), the activities taking it up (once accepted), and what
 * it says, corrected in any status. Each form writes on its own, then the dialog closes.
 */
export function RecommendationChanges({ recommendation: r, onDone }: { recommendation: Recommendation; onDone(): void }) {
  const { t } = useTranslation();
  const step = courseStep(r.status);
  return (
    <Stack>
      <div>
        <Text size="sm" fw={600}>
          {r.text}
        </Text>
        <Text size="xs" c="gray.7">
          {t(`status.${r.status}`)} · {t(step ? `recommendationCourse.allows.${step}` : 'recommendationCourse.ended')}
        </Text>
      </div>
      {step && (
        <Part title={t('recommendationCourse.course')}>
          <RecommendationCourse recommendation={r} onDone={onDone} />
        </Part>
      )}
      {linksActivities(r.status) && (
        <Part title={t('recommendationCourse.activities')}>
          <LinkedActivities ids={r.linkedActivityIds} />
          <RecommendationActivityLink recommendation={r} onDone={onDone} />
        </Part>
      )}
      <Part title={t('recommendationCourse.details')}>
        <RecommendationForm recommendation={r} onDone={onDone} />
      </Part>
    </Stack>
  );
}
