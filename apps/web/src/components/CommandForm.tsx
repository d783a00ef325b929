import { Button, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ConflictDialog } from './ConflictDialog';
import { ErrorNotice } from './ErrorNotice';

interface Command<Values> {
  submit(values: Values): Promise<void>;
  busy: boolean;
  refusal: unknown;
  conflict: boolean;
  closeConflict(): void;
}

/**
 * The frame of every data-entry form: the API's refusal above the fields, the submit button below, and
 * (for corrections) the dialog offering to reload when someone changed the record meanwhile.
 */
export function CommandForm<Values>(props: {
  onSubmit: (handler: (values: Values) => void) => (event?: React.FormEvent<HTMLFormElement>) => void;
  command: Command<Values>;
  submitLabel: string;
  onReload?(): void;
  children: ReactNode;
}) {
  const { command } = props;
  return (
    <form onSubmit={props.onSubmit((values) => void command.submit(values))} noValidate>
      <Stack>
        {command.refusal !== undefined && <ErrorNotice error={command.refusal} />}
        {props.children}
        <Button type="submit" loading={command.busy} style={{ alignSelf: 'flex-start' }}>{props.submitLabel}</Button>
      </Stack>
      {props.onReload && (
        <ConflictDialog
          opened={command.conflict}
          onClose={command.closeConflict}
          onReload={() => {
            command.closeConflict();
            props.onReload?.();
          }}
        />
      )}
    </form>
  );
}

/** The API names a record's titles by language (`titles.en`); a form has one title field in the interface's language. */
export const titlesAsField = (field: string) => (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^titles(\..*)?$/, field), message]));
