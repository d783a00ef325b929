import { randomUUID } from 'node:crypto';
import type { Actor, CommandEnvelope } from '../shared/command-envelope.js';

export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'system', role: 'system', organizationId: null };

/** An envelope for a command that no HTTP request carries (start-up, a followed link, the CLI). */
export function envelopeFor(actor: Actor, now = new Date()): CommandEnvelope {
  const commandId = randomUUID();
  return { commandId, correlationId: commandId, causationId: commandId, actor, today: now.toISOString().slice(0, 10), recordedAt: now };
}
