import { useQueryClient } from '@tanstack/react-query';
import { useRpcQuery } from '../../data/queries';

export const identityKey = ['identity'] as const;
export const useIdentity = () => useRpcQuery(identityKey, 'identity.get', {});
export function useRefreshIdentity() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: identityKey });
}
