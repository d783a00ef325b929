import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../session';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The frame of every page: the name, the navigation the role may use, the language and sign-out. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, can, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const links = [
    { to: '/', label: t('nav.plans'), show: true },
    { to: '/activities', label: t('nav.activities'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/commission/sessions', label: t('nav.sessions'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/decisions', label: t('nav.decisions'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/recommendations', label: t('nav.recommendations'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/meetings', label: t('nav.meetings'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/organizations', label: t('nav.organizations'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/donors', label: can('donor') ? t('nav.myPortfolio') : t('nav.donors'), show: true },
    { to: '/audit', label: t('nav.audit'), show: can('admin', 'secretariat', 'commission') },
    { to: '/admin/users', label: t('nav.admin'), show: can('admin') },
  ].filter((l) => l.show);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="menu" />
            <Text fw={700} truncate>{t('app.name')}</Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            <Button variant="subtle" size="compact-sm" onClick={() => void signOut()}>{t('app.signOut')}</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="main">
        <Stack gap={4}>
          {links.map((l) => (
            <NavLink key={l.to} component={Link} to={l.to} label={l.label} variant="filled" active={l.to === '/' ? pathname === '/' : pathname.startsWith(l.to)} onClick={close} />
          ))}
          <Text size="xs" c="gray.7" mt="md">{me?.user?.displayName} · {me?.role}</Text>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
