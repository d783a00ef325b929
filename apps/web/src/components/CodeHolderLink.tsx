import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface CodeHolder {
  kind: string;
  id: string;
}

/** Where each kind of record that can hold a code or number is shown (organisations have no page of their own). */
const PAGES: Record<string, (id: string) => string> = {
  plan: (id) => `/plans/${id}`,
  activity: (id) => `/activities/${id}`,
  commission_session: (id) => `/commission/sessions/${id}`,
  decision: (id) => `/decisions?view=all&focus=${id}`,
};

/** A refused code or number: a link to the record that already holds it, to check it or correct that one instead. */
export function CodeHolderLink({ holder }: { holder: CodeHolder }) {
  const { t } = useTranslation();
  const page = PAGES[holder.kind];
  if (!page) return null;
  return (
    <Anchor component={Link} to={page(holder.id)} size="sm">
      {t(`error.holder.${holder.kind}`)}
    </Anchor>
  );
}
