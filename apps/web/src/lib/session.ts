import type { PrincipalView } from '@mmt/domain';
import { createContext, useContext } from 'react';
import { can, type Capability } from './permissions';

/** Who is signed in; the shell provides it once `GET /api/auth/me` has answered. */
export const SessionContext = createContext<PrincipalView | null>(null);

export function useSession(): PrincipalView {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside the signed-in shell');
  return session;
}

/** Whether the signed-in person's role allows `capability` (the API refuses the rest anyway). */
export function useCan(capability: Capability): boolean {
  return can(useContext(SessionContext)?.role, capability);
}
