import { Stack } from '@mantine/core';
import { OpdList } from './OpdList';
import { PlanProfileForm } from './PlanProfileForm';
import { TeamTable } from './TeamTable';

export function ProfileStep({ planId }: { planId: string }) {
  return (
    <Stack gap="xl">
      <PlanProfileForm planId={planId} />
      <OpdList planId={planId} />
      <TeamTable planId={planId} body="dewan" />
      <TeamTable planId={planId} body="pelaksana" />
    </Stack>
  );
}
