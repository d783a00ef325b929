import { Button, Card, List, Modal, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../api/views';
import { ClosePlanForm } from './ClosePlanForm';
import { PlanRevisionForm } from './PlanRevisionForm';

type Revision = Plan['revisions'][number];
type Language = 'en' | 'ru' | 'tg';

/** What a revision changed, in the reader's words: "Period end: 2021-12-31; Coordinating body: …". */
function ChangesText({ revision }: { revision: Revision }) {
  const { t, i18n } = useTranslation();
  const { title, periodStart, periodEnd, coordinatingBody } = revision.changes;
  const parts = [
    title && `${t('activityForm.title')}: ${title[i18n.language as Language] ?? title.en}`,
    periodStart && `${t('planForm.periodStart')}: ${periodStart}`,
    periodEnd && `${t('planForm.periodEnd')}: ${periodEnd}`,
    coordinatingBody && `${t('planForm.coordinatingBody')}: ${coordinatingBody}`,
  ].filter(Boolean);
  return <>{parts.join('; ')}</>;
}

/**
 * The plan's course, as the decider allows it (libs/domain/src/plan): a draft or an adopted plan
 * revised from a date, with a reason (its revisions listed, also once it is closed); a draft or an
 * adopted plan closed (a draft abandoned, with a reason). Closed is where it ends.
 */
export function PlanCourse({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'revise' | 'close'>();
  // A draft too: a revision is the only way to change a draft's period.
  const revisable = plan.status === 'draft' || plan.status === 'adopted';
  const closable = plan.status === 'draft' || plan.status === 'adopted';
  const keep = { 'aria-label': t('conflict.keep') };
  return (
    <>
      {(revisable || plan.revisions.length > 0) && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('planCourse.revise.title')}
          </Title>
          {revisable && (
            <Text size="sm" mb="sm">
              {t('planCourse.revise.lead')}
            </Text>
          )}
          {plan.revisions.length === 0 ? (
            <Text size="sm" c="gray.7" mb="sm">
              {t('planCourse.revise.none')}
            </Text>
          ) : (
            <List size="sm" mb="sm" aria-label={t('planCourse.revise.earlier')}>
              {plan.revisions.map((revision) => (
                <List.Item key={revision.revision}>
                  <Text span size="sm" fw={700}>
                    {t('planCourse.revise.from', { date: revision.on })}
                  </Text>{' '}
                  <ChangesText revision={revision} /> — {revision.reason}
                </List.Item>
              ))}
            </List>
          )}
          {revisable && (
            <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => setDialog('revise')}>
              {t('planCourse.revise.open')}
            </Button>
          )}
        </Card>
      )}
      {closable && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('planCourse.close.title')}
          </Title>
          <Text size="sm" mb="xs">
            {t(plan.status === 'draft' ? 'planCourse.close.leadDraft' : 'planCourse.close.leadAdopted')}
          </Text>
          <Text size="sm" mb="sm">
            {t('planCourse.close.meaning')}
          </Text>
          <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => setDialog('close')}>
            {t('planCourse.close.open')}
          </Button>
        </Card>
      )}
      <Modal
        opened={dialog === 'revise' && revisable}
        onClose={() => setDialog(undefined)}
        size="lg"
        title={t('planCourse.revise.dialogTitle', { code: plan.code })}
        closeButtonProps={keep}
      >
        {dialog === 'revise' && revisable && <PlanRevisionForm plan={plan} onDone={() => setDialog(undefined)} />}
      </Modal>
      <Modal
        opened={dialog === 'close' && closable}
        onClose={() => setDialog(undefined)}
        title={t('planCourse.close.dialogTitle', { code: plan.code })}
        closeButtonProps={keep}
      >
        {dialog === 'close' && closable && (
          <>
            <Text size="sm" mb="md">
              {t('planCourse.close.meaning')}
            </Text>
            <ClosePlanForm plan={plan} onDone={() => setDialog(undefined)} />
          </>
        )}
      </Modal>
    </>
  );
}
