import { BadRequestException, createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { v5 as uuidv5 } from 'uuid';
import { idempotencyClaim, type Actor, type CommandEnvelope } from '#application';
import { todayUtc } from '#read-models';

const IDEMPOTENCY_NAMESPACE = 'c0a3b3a8-8f65-4bb1-9e8c-3b9d5e0f7d21';


/** Builds the command envelope from the request: actor, If-Match, Idempotency-Key, correlation. */
export const Envelope = createParamDecorator((_: unknown, context: ExecutionContext): CommandEnvelope => {
  const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
  return envelopeFrom(request);
});

export function envelopeFrom(request: Request & { actor?: Actor }): CommandEnvelope {
  // Set by the global AccessGuard from the bearer token; a write without a caller is never recorded.
  const actor = request.actor;
  if (!actor) throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'a bearer token is required' });
  const key = request.header('idempotency-key');
  if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new BadRequestException({ code: 'INVALID_IDEMPOTENCY_KEY', message: 'Idempotency-Key must be 1–200 visible ASCII characters' });
  }
  // Keys are scoped to the caller and the route: two clients, or two endpoints, never share one.
  const path = request.originalUrl.split('?')[0];
  const commandId = key ? uuidv5(`${actor.id} ${request.method} ${path} ${key}`, IDEMPOTENCY_NAMESPACE) : randomUUID();
  const correlation = request.header('x-correlation-id');
  const correlationId = correlation && /^[\x21-\x7e]{1,100}$/.test(correlation) ? correlation : commandId;
  const now = new Date();
  return {
    commandId,
    ...(key ? { idempotency: idempotencyClaim(actor.id, key, { method: request.method, path, body: request.body }) } : {}),
    correlationId,
    causationId: commandId,
    actor,
    expectedRevision: parseIfMatch(request.header('if-match')),
    today: todayUtc(now),
    recordedAt: now,
  };
}

function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  if (!match) throw new BadRequestException({ code: 'INVALID_IF_MATCH', message: 'If-Match must be an ETag such as "3"' });
  return Number(match[1]);
}
