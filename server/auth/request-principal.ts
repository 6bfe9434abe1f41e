// The principal of an HTTP request, resolved once (by the gate) and read by whatever handles the request next.
import type { Principal } from '../graphql/context.js';

const resolved = new WeakMap<object, Principal>();

export function rememberPrincipal(req: object, principal: Principal): void {
  resolved.set(req, principal);
}

export const rememberedPrincipal = (req: object): Principal | undefined => resolved.get(req);
