import { useRef, useState } from 'react';
import { api, ApiError, unwrap } from './client';
import type { ActivityImport } from './views';
import { newIdempotencyKey, writeHeaders } from './writes';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The Content-Type of a spreadsheet, by its name's extension: browsers give a .csv file odd types
 * (`application/vnd.ms-excel` where Excel is installed) or none. Any other file goes with the type the
 * browser gave it, and the API says what it takes (415).
 */
export function spreadsheetType(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX;
  return file.type || 'application/octet-stream';
}

/** The file itself as the body of POST /plans/{id}/activities/import, checked only (dryRun) or recorded. */
function sendImport(planId: string, file: File, dryRun: boolean, idempotencyKey: string) {
  return api.POST('/plans/{id}/activities/import', {
    params: { path: { id: planId }, query: dryRun ? { dryRun: true } : undefined },
    // The document types a binary body as a string: the File goes through as it is, never as JSON.
    body: file as unknown as string,
    bodySerializer: (body) => body,
    headers: { ...writeHeaders(idempotencyKey), 'Content-Type': spreadsheetType(file) },
  });
}

/** A problem of one row of the sheet: `rows[5].planned_end` is row 5, column planned_end (none for the row as a whole). */
export interface RowProblem {
  row: number;
  column?: string;
  messages: string[];
}

/** A refusal's problems, by row and column, and those of the whole file; undefined when the refusal is not about the file's contents. */
export function importProblems(error: unknown): { message?: string; file: string[]; rows: RowProblem[] } | undefined {
  if (!(error instanceof ApiError) || !error.problem.fields?.length) return undefined;
  const file: string[] = [];
  const rows: RowProblem[] = [];
  for (const { field, messages } of error.problem.fields) {
    const cell = /^rows\[(\d+)\](?:\.(\w+))?$/.exec(field);
    if (cell) rows.push({ row: Number(cell[1]), column: cell[2], messages });
    else file.push(...messages.map((message) => (field === 'file' ? message : `${field}: ${message}`)));
  }
  return { message: error.problem.message, file, rows };
}

/**
 * One plan's import, as a secretariat brings a spreadsheet: `check` asks for a dry run, `record` records
 * what was checked. Both carry the file's Idempotency-Key, kept from the file's choice until it is
 * recorded: a double click records once, and sending it again after a failure (an answer lost, a
 * service that stopped halfway) completes that import instead of doubling it; a dry run with the key
 * previews what is left to record. Choosing a file starts over with a new key.
 */
export function useActivityImport(planId: string) {
  const key = useRef(newIdempotencyKey());
  const sending = useRef(false);
  const [busy, setBusy] = useState<'checking' | 'recording'>();
  const [preview, setPreview] = useState<ActivityImport>();
  const [recorded, setRecorded] = useState<ActivityImport>();
  const [refusal, setRefusal] = useState<unknown>();

  const run = async (stage: 'checking' | 'recording', send: () => Promise<void>) => {
    if (sending.current) return;
    sending.current = true;
    setBusy(stage);
    setRefusal(undefined);
    try {
      await send();
    } catch (error) {
      // The file's problems replace its preview; any other failure leaves it, to send again with the same key.
      if (importProblems(error)) setPreview(undefined);
      setRefusal(error);
    } finally {
      sending.current = false;
      setBusy(undefined);
    }
  };

  return {
    busy,
    preview,
    recorded,
    refusal,
    /** Another file: nothing checked or recorded yet, and a key of its own. */
    choose() {
      key.current = newIdempotencyKey();
      setPreview(undefined);
      setRecorded(undefined);
      setRefusal(undefined);
    },
    check: (file: File) =>
      run('checking', async () => {
        // What an earlier check previewed is not offered while this one is under way.
        setPreview(undefined);
        setRecorded(undefined);
        setPreview(await unwrap<ActivityImport>(sendImport(planId, file, true, key.current)));
      }),
    record: (file: File, onDone?: (result: ActivityImport) => void | Promise<void>) =>
      run('recording', async () => {
        const result = await unwrap<ActivityImport>(sendImport(planId, file, false, key.current));
        key.current = newIdempotencyKey();
        setPreview(undefined);
        setRecorded(result);
        await onDone?.(result);
      }),
  };
}
