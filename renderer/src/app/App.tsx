import { Anchor, AppShell, Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { SaveStatus } from '../components/SaveStatus';
import { HomePage } from '../features/home/HomePage';
import { PackageOpener } from '../features/packages/PackageOpener';
import { PlanPage } from '../features/plan/PlanPage';
import { LanguageSwitch } from './LanguageSwitch';

function NotFound() {
  const { t } = useTranslation();
  return (
    <Center p="xl">
      <Stack align="center">
        <Text>{t('app.notFound')}</Text>
        <Button component={Link} href="/">
          {t('app.backHome')}
        </Button>
      </Stack>
    </Center>
  );
}

export function App() {
  const { t } = useTranslation();
  return (
    <Router hook={useHashLocation}>
      <PackageOpener>
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <AppShell header={{ height: 52 }} padding={0}>
          <AppShell.Header px="md">
            <Group h="100%" justify="space-between" wrap="nowrap">
              <Group gap="sm" wrap="nowrap">
                <Anchor
                  component={Link}
                  href="/"
                  underline="never"
                  aria-label={`${t('app.name')} — ${t('app.home')}`}
                >
                  <Group gap={8} wrap="nowrap">
                    <img src="./favicon.svg" alt="" width={26} height={26} />
                    <Title order={1} size="h4" c="var(--mantine-color-text)">
                      {t('app.name')}
                    </Title>
                  </Group>
                </Anchor>
                <Text size="sm" c="dimmed" visibleFrom="sm">
                  {t('app.tagline')}
                </Text>
              </Group>
              <Group gap="lg" wrap="nowrap">
                <Switch>
                  <Route path="/plans/*">
                    <SaveStatus />
                  </Route>
                </Switch>
                <LanguageSwitch />
              </Group>
            </Group>
          </AppShell.Header>
          <AppShell.Main id="main">
            <Switch>
              <Route path="/" component={HomePage} />
              <Route path="/plans/:planId/:step?" component={PlanPage} />
              <Route component={NotFound} />
            </Switch>
          </AppShell.Main>
        </AppShell>
      </PackageOpener>
    </Router>
  );
}
