import { Table, UnstyledButton } from '@mantine/core';

/** A column header that orders the list by its key: a first click ascending, the next descending. */
export function SortableHeader({ label, by, sort, onSort }: { label: string; by: string; sort: string | undefined; onSort(sort: string): void }) {
  const current = sort?.replace(/^-/, '') === by ? (sort?.startsWith('-') ? 'descending' : 'ascending') : 'none';
  return (
    <Table.Th aria-sort={current}>
      <UnstyledButton fw={700} fz="sm" onClick={() => onSort(current === 'ascending' ? `-${by}` : by)}>
        {label} {current === 'ascending' ? '▲' : current === 'descending' ? '▼' : ''}
      </UnstyledButton>
    </Table.Th>
  );
}
