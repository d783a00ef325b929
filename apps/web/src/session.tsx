import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { api, setCsrfToken, unwrap } from './api/client';
import { chooseLanguage, LANGUAGES, type Language } from './i18n';
import type { Me, Role } from './api/views';

interface Session {
  me: Me | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  can(...roles: Role[]): boolean;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in (GET /auth/me with the session cookie); null when nobody is. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      const { data, response } = await api.GET('/auth/me');
      if (response.status === 401) return null;
      const found = data as unknown as Me;
      setCsrfToken(found.csrfToken ?? null);
      return found;
    },
  });
  const session: Session = {
    me: me.data ?? null,
    loading: me.isLoading,
    async signIn(email, password) {
      await unwrap(api.POST('/auth/login', { body: { email, password } }));
      // The interface speaks the account's language from sign-in on; switching later sticks on this device.
      const { data } = await api.GET('/auth/me');
      const language = (data as unknown as Me | undefined)?.language;
      if (LANGUAGES.includes(language as Language)) chooseLanguage(language as Language);
      await queries.invalidateQueries();
    },
    async signOut() {
      await api.POST('/auth/logout');
      setCsrfToken(null);
      // Nobody is signed in, told to the page at once: clearing the cache alone left it showing the signed-in pages
      // (its `me` observer kept the old answer, and nothing asked again). Then what they read goes.
      queries.setQueryData(['me'], null);
      queries.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
    can: (...roles) => (me.data ? roles.includes(me.data.role) : false),
  };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
