import type { UseFormReturnType } from '@mantine/form';
import { useRef, useState } from 'react';
import { unwrap } from './client';
import { fieldErrors, isConflict, newIdempotencyKey, readModelsHold, writeHeaders } from './writes';

type Answer = { data?: unknown; error?: unknown; response: Response };
export interface WriteResult {
  id: string;
  revision: number;
  position: string;
}

interface Options<Values extends object> {
  form: UseFormReturnType<Values>;
  /** Sends the command with these headers (its idempotency key, and If-Match when `basedOn` is given). */
  send(values: Values, headers: Record<string, string>): Promise<Answer>;
  /** The revision the page read, for a correction; a new record has none. */
  basedOn?: number;
  /** Maps the API's field paths onto the form's, where the body sent differs from the form. */
  toFormPaths?(errors: Record<string, string>, values: Values): Record<string, string>;
  onDone(result: WriteResult): void | Promise<void>;
}

/**
 * One intended write from a form: sent with an idempotency key kept until it succeeds or is refused (so a
 * double click or a retry records once), with If-Match for corrections; a refusal's field messages go
 * beside the fields, a 412 opens the conflict dialog. What the pages read after it includes it.
 */
export function useCommand<Values extends object>(options: Options<Values>) {
  const key = useRef(newIdempotencyKey());
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<unknown>();
  const [conflict, setConflict] = useState(false);
  const submit = async (values: Values) => {
    if (busy) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      const result = await unwrap<WriteResult>(options.send(values, writeHeaders(key.current, options.basedOn)));
      key.current = newIdempotencyKey();
      await readModelsHold(result?.position);
      await options.onDone(result);
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else {
        const errors = fieldErrors(error);
        options.form.setErrors(options.toFormPaths ? options.toFormPaths(errors, values) : errors);
        setRefusal(error);
        key.current = newIdempotencyKey();
      }
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy, refusal, conflict, closeConflict: () => setConflict(false) };
}
