import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OwnTokens } from '../components/OwnTokens';
import { PasswordChangeCard } from '../components/PasswordChangeCard';
import { useOrganizationById } from '../hooks/useOrganizations';
import { useRoleName } from '../i18n/role-name';
import { useSession } from '../session';

/** The signed-in person's own account: who the service knows them as, a new password, and their access tokens for scripts. */
export default function AccountPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const roleName = useRoleName();
  const organization = useOrganizationById();
  const user = me?.user;
  const own = me?.organizationId ? organization(me.organizationId) : undefined;
  return (
    <Stack component="main">
      <Title order={1} size="h2">
        {t('account.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('account.you')}
          </Title>
          <Text size="sm">{user?.displayName ?? t('account.noUser')}</Text>
          {user?.email && <Text size="sm">{user.email}</Text>}
          <Text size="sm">
            {roleName(me?.role)}
            {own ? ` · ${own.name} (${own.acronym})` : ''}
          </Text>
        </Card>
        {user?.email && <PasswordChangeCard email={user.email} />}
      </SimpleGrid>
      {user && <OwnTokens />}
    </Stack>
  );
}
