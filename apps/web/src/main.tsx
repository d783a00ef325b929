import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import './i18n/index';
import { App } from './App';
import { prefetchOpenedPage } from './prefetch';
import { SessionProvider } from './session';
import { contrastVariables, theme } from './theme';

const queries = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 10_000 } } });
const BASENAME = '/app';
prefetchOpenedPage(queries, BASENAME, window.location);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrastVariables}>
      <QueryClientProvider client={queries}>
        <BrowserRouter basename={BASENAME}>
          <SessionProvider>
            <App />
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
