import type { ArgumentMetadata } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';

/**
 * Every query parameter takes one value. The query parser makes `?page=1&page=2` a list, which the
 * parameter's own rules judge as one value and refuse three ways (not an integer, not ≥ 1, not ≤ 100000);
 * which value was meant cannot be told, so the answer is one message naming the parameter.
 */
export const givenOnce = (name: string) => `${name} must be given once`;

/**
 * The parameters of a query DTO that came more than once. A parameter the DTO does not know is left to
 * the check for unknown fields, which names it as unknown. No query DTO takes a list: one that did would
 * be exempted here. A parameter a handler reads alone (`@Query('token')`, the one-time link, which takes
 * whatever a mail program does to it) is that handler's to judge.
 */
export function repeatedParameters(value: unknown, metadata: ArgumentMetadata): string[] {
  if (metadata.type !== 'query' || metadata.data !== undefined) return [];
  if (typeof value !== 'object' || value === null || !metadata.metatype) return [];
  const repeated = Object.keys(value).filter((name) => Array.isArray((value as Record<string, unknown>)[name]));
  if (repeated.length === 0) return [];
  // The properties the validator knows for this DTO: those its check for unknown fields lets through.
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(metadata.metatype, '', false, false)
      .map((m) => m.propertyName),
  );
  return repeated.filter((name) => known.has(name));
}
