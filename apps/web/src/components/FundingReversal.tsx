import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Activity } from '../api/views';
import type { FundingEntryLine } from '../format/funding-entries';
import { useActivityRefresh } from '../hooks/useActivityRefresh';
import { ReasonDialog } from './ReasonDialog';

/**
 * Reverses a commitment or disbursement recorded by mistake, with a reason: a compensating entry, the
 * original kept in the history. A commitment the donor has already disbursed against is refused (reverse
 * the disbursements first), said in the dialog.
 */
export function FundingReversal({ activity, entry, label }: { activity: Activity; entry: FundingEntryLine; label: string }) {
  const { t } = useTranslation();
  const refresh = useActivityRefresh(activity);
  const route = entry.kind === 'commitment' ? '/activities/{id}/funding-commitments/{revision}/reverse' : '/activities/{id}/disbursements/{revision}/reverse';
  return (
    <ReasonDialog
      button={t('fundingEntries.reverse')}
      title={`${t('fundingEntries.reverse')} ${label}`}
      submitLabel={t('fundingEntries.reverse')}
      reasonHint={t('fundingEntries.reasonHint')}
      revision={activity.revision}
      send={(reason, headers) => api.POST(route, { params: { path: { id: activity.id, revision: entry.revision } }, body: { reason }, headers })}
      refresh={refresh}
    />
  );
}
