import { Button, Modal, Textarea, type ButtonProps } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../api/useCommand';
import { CommandForm } from './CommandForm';

type Answer = { data?: unknown; error?: unknown; response: Response };

interface ReasonDialogProps {
  /** The button's words; `title` names it for a reader (what it acts on) and heads the dialog. */
  button: string;
  title: string;
  submitLabel: string;
  reasonHint: string;
  /** The record's revision as read: the write is sent with If-Match. */
  revision: number;
  send(reason: string, headers: Record<string, string>): Promise<Answer>;
  refresh(): Promise<unknown>;
  size?: ButtonProps['size'];
  /** What the dialog says before asking why. */
  children?: ReactNode;
}

/** A step that needs only a reason (reverse, retire, remove): a button opening a dialog that asks why, closed once the step is recorded. */
export function ReasonDialog({ button, title, submitLabel, reasonHint, revision, send, refresh, size = 'compact-xs', children }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const form = useForm({ initialValues: { reason: '' } });
  const command = useCommand({
    form,
    basedOn: revision,
    send: ({ reason }, headers) => send(reason, headers),
    async onDone() {
      setOpen(false);
      form.reset();
      await refresh();
    },
  });
  return (
    <>
      <Button size={size} variant="default" onClick={() => setOpen(true)} aria-label={title}>
        {button}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
        {children}
        <CommandForm onSubmit={form.onSubmit} command={command} submitLabel={submitLabel} onReload={() => void refresh()}>
          <Textarea label={t('report.reason')} description={reasonHint} required autosize minRows={2} {...form.getInputProps('reason')} />
        </CommandForm>
      </Modal>
    </>
  );
}
