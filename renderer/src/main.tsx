import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { MantineProvider, createTheme, getDefaultZIndex } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { keys } from './data/queries';
import { initI18n } from './i18n';
import { invoke } from './rpc/client';

const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: '"Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
});

async function start() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false }, mutations: { retry: 0 } },
  });
  const settings = await invoke('settings.get', {}).catch(() => ({ language: 'id' as const }));
  queryClient.setQueryData(keys.settings, settings);
  await initI18n(settings.language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        {/* Toasts sit below modals and drawers, so they never cover a dialog's buttons; dialogs
            show their own errors inline. */}
        <Notifications position="bottom-right" zIndex={getDefaultZIndex('modal') - 1} />
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}

void start();
