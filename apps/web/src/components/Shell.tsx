import { AppShell, Burger, Button, Group, NavLink, Stack, Text, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useRoleName } from '../i18n/role-name';
import { useSession } from '../session';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The language and sign-out: in the header on a wide screen, at the foot of the navigation on a phone. */
function AccountControls({ stacked }: { stacked: boolean }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const language = <LanguageSwitcher fullWidth={stacked} />;
  const leave = <Button variant={stacked ? 'default' : 'subtle'} size={stacked ? 'sm' : 'compact-sm'} onClick={() => void signOut()}>{t('app.signOut')}</Button>;
  return stacked ? <Stack gap="xs" mt="sm">{language}{leave}</Stack> : <Group gap="xs" wrap="nowrap">{language}{leave}</Group>;
}

/** The frame of every page: the name, the navigation the role may use, the language and sign-out. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const roleName = useRoleName();
  const [opened, { toggle, close }] = useDisclosure();
  // Below the navigation's breakpoint the header has room for the burger and the name only (one copy of the controls, in one place).
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  const { pathname } = useLocation();
  const links = [
    { to: '/', label: t('nav.plans'), show: true },
    { to: '/activities', label: t('nav.activities'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/reports', label: t('nav.reports'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/commission/sessions', label: t('nav.sessions'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/decisions', label: t('nav.decisions'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/recommendations', label: t('nav.recommendations'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/meetings', label: t('nav.meetings'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/organizations', label: t('nav.organizations'), show: can('admin', 'secretariat', 'agency', 'commission') },
    { to: '/donors', label: can('donor') ? t('nav.myPortfolio') : t('nav.donors'), show: true },
    { to: '/audit', label: t('nav.audit'), show: can('admin', 'secretariat', 'commission') },
    { to: '/admin/users', label: t('nav.admin'), show: can('admin') },
    { to: '/account', label: t('nav.account'), show: true },
  ].filter((l) => l.show);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Text fw={700} truncate>{t('app.name')}</Text>
          </Group>
          {wide && <AccountControls stacked={false} />}
        </Group>
      </AppShell.Header>
      {/* Scrolls when a short phone cannot hold every link and the controls under them. */}
      <AppShell.Navbar p="sm" aria-label="main" style={{ overflowY: 'auto' }}>
        <Stack gap={4}>
          {links.map((l) => (
            <NavLink key={l.to} component={Link} to={l.to} label={l.label} variant="filled" active={l.to === '/' ? pathname === '/' : pathname.startsWith(l.to)} onClick={close} />
          ))}
          <Text size="xs" c="gray.7" mt="md">{me?.user?.displayName} · {roleName(me?.role)}</Text>
          {!wide && <AccountControls stacked />}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
