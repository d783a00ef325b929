import type { Actor } from '#application';

/** Events written by the CLI name its operator so (role system): whoever can run it has the database. */
export const CLI_ACTOR: Actor = { id: 'cli', name: 'command line', role: 'system', organizationId: null };
