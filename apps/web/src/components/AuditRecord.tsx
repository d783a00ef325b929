import { Anchor, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Where the application shows a record of each kind of stream (kinds with no page of their own have none). */
const PAGES: Record<string, (id: string) => string> = {
  activity: (id) => `/activities/${id}`,
  plan: (id) => `/plans/${id}`,
  commission_session: (id) => `/commission/sessions/${id}`,
  meeting: (id) => `/meetings/${id}`,
};

const KINDS = ['organization', 'plan', 'activity', 'commission_session', 'decision', 'recommendation', 'meeting', 'user'];

/** The record an audited event belongs to: its kind in words and, where it has a page, a link to it; the stream itself beside. */
export function AuditRecord({ stream }: { stream: string }) {
  const { t } = useTranslation();
  const kind = KINDS.find((k) => stream.startsWith(`${k}-`));
  if (!kind) return <Code>{stream}</Code>;
  const id = stream.slice(kind.length + 1);
  const words = t(`audit.kinds.${kind}`);
  const page = PAGES[kind];
  return (
    <Text size="sm" component="span">
      {page ? (
        <Anchor component={Link} to={page(id)}>
          {words}
        </Anchor>
      ) : (
        words
      )}{' '}
      <Code title={stream}>{id.slice(0, 8)}</Code>
    </Text>
  );
}
