import { MultiSelect, Select } from '@mantine/core';
import type { ComponentProps } from 'react';
import { useOrganizationList } from '../hooks/useOrganizations';

type Picked = Omit<ComponentProps<typeof MultiSelect>, 'data'>;

const options = (organizations: ReturnType<typeof useOrganizationList>) => organizations.map((o) => ({ value: o.id, label: `${o.acronym} · ${o.name}` }));

/** Several organisations, searchable by acronym or name. */
export function OrganizationsPicker(props: Picked) {
  return <MultiSelect searchable data={options(useOrganizationList())} {...props} />;
}

/** One organisation, searchable by acronym or name. */
export function OrganizationPicker(props: Omit<ComponentProps<typeof Select>, 'data'>) {
  return <Select searchable data={options(useOrganizationList())} {...props} />;
}
