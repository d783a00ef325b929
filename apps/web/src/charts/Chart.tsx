import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { ChartOption } from './EChart';

const EChart = lazy(() => import('./EChart'));

/** A chart, its code fetched only when a page shows one. */
export function Chart(props: { option: ChartOption; height?: number; label: string }) {
  return (
    <Suspense fallback={<Loader size="sm" role="status" aria-label={props.label} />}>
      <EChart {...props} />
    </Suspense>
  );
}
