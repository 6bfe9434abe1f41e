// Top bar: who is signed in, with which roles, and sign out.
import { useSession } from '../hooks/use-session.js';
import { signOut } from '../state/session.js';

export function UserMenu() {
  const user = useSession((s) => s.user);
  if (!user) return null;
  const roles = user.roles.join(', ');
  return (
    <span className="user" data-testid="signed-in-as" title={`Signed in as ${user.username} (${roles})`}>
      <span className="who">
        <span className="label">Signed in as </span>
        <b>{user.username}</b> <span className="roles">({roles})</span>
      </span>
      <button type="button" onClick={() => void signOut()} title="Sign out">
        Sign out
      </button>
    </span>
  );
}
