import { useTranslation } from 'react-i18next';

/** Names a role (admin, secretariat, …, and the system's own) in the interface's language. */
export function useRoleName(): (role: string | null | undefined) => string {
  const { t } = useTranslation();
  return (role) => (role ? t(`roles.${role}`, role) : '');
}
