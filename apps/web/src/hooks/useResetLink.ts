import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** Asks for a link to choose a new password, mailed to the e-mail given (answered alike whether or not it has an account). */
export function useResetLink() {
  return useMutation({ mutationFn: (email: string) => unwrap(api.POST('/auth/password-reset', { body: { email } })) });
}
