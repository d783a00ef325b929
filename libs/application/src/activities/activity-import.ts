import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import { activityDecider, DomainError, planContextOf, type PlanActivity } from '#domain';
import { AggregateStore } from '../shared/aggregate-store.js';
import { PLAN } from '../shared/aggregates.js';
import type { Body } from '../shared/body.js';
import type { CommandEnvelope, WriteResult } from '../shared/command-envelope.js';
import { newIdFor } from '../shared/event-ids.js';
import { requireExpectedRevision } from '../shared/application-errors.js';
import { PlanActivityCommand } from './activity.use-cases.js';

// Fixed namespace: a row's command id is stored data (it derives the activity's id), never change it.
const ROW_NAMESPACE = '6e0f8d1c-3b7a-4f25-9c41-2a8d5e7b9f03';

/** An activity of an import, by the spreadsheet row it came from. */
export interface ImportedRow {
  row: number;
  body: Body<PlanActivity, 'activityId'>;
}

/**
 * Plans the activities of a spreadsheet, each as its own PlanActivity command, as `POST /activities` does:
 * `check` asks the activity rules of every row first and writes nothing; `commit` then sends the
 * commands one by one. A row's command id derives from the import's, so the same import sent again with
 * the same Idempotency-Key answers the rows it recorded and records the rest: one that stopped halfway
 * (a code taken meanwhile, the database gone) is completed by sending it again.
 */
@Injectable()
export class ActivityImport {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly commands: CommandBus,
  ) {}

  /** The activity a row records: the same for the same import sent again with its Idempotency-Key. */
  activityIdOf(envelope: CommandEnvelope, row: number): string {
    return newIdFor(rowEnvelope(envelope, row).commandId, 'activity');
  }

  /** The rules' refusal of each row that breaks one, by row; the plan is read once. */
  async check(planId: string, rows: readonly ImportedRow[], envelope: CommandEnvelope): Promise<Map<number, DomainError>> {
    const plan = await this.aggregates.load(PLAN, planId, 'planId');
    // If-Match on an import pins the plan it goes under, as read by whoever prepared the file.
    requireExpectedRevision(envelope.expectedRevision, plan.revision);
    const context = { plan: planContextOf(plan.state)! };
    const refused = new Map<number, DomainError>();
    for (const { row, body } of rows) {
      const activityId = this.activityIdOf(envelope, row);
      try {
        activityDecider.decide({ type: 'PlanActivity', data: { ...body, activityId, today: envelope.today, context } }, activityDecider.initialState());
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refused.set(row, error);
      }
    }
    return refused;
  }

  async commit(rows: readonly ImportedRow[], envelope: CommandEnvelope): Promise<(WriteResult & { row: number })[]> {
    const written: (WriteResult & { row: number })[] = [];
    for (const { row, body } of rows) written.push({ row, ...(await this.commands.execute(new PlanActivityCommand(body, rowEnvelope(envelope, row)))) });
    return written;
  }
}

/** The command of one row: its own id and key, caused by the import. */
function rowEnvelope(envelope: CommandEnvelope, row: number): CommandEnvelope {
  const idempotency = envelope.idempotency && {
    key: createHash('sha256').update(`${envelope.idempotency.key}\nrow ${row}`).digest('hex'),
    request: envelope.idempotency.request,
  };
  return {
    ...envelope,
    commandId: uuidv5(`${envelope.commandId} row ${row}`, ROW_NAMESPACE),
    causationId: envelope.commandId,
    idempotency,
    expectedRevision: undefined,
  };
}
