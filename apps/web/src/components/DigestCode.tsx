import { Code } from '@mantine/core';

/** A digest or a position for the minutes: 64 hex digits with no space, wrapped anywhere rather than run off a phone's screen. */
export function DigestCode({ children }: { children: string | null }) {
  return <Code style={{ wordBreak: 'break-all' }}>{children}</Code>;
}
