// Signed in: the workbench. Not (yet): the login screen. The workbench mounts on the first sign-in and then
// stays mounted, so a session that expires mid-work puts the login screen over an unchanged canvas.
import { useSession } from '../hooks/use-session.js';
import { App } from './App.js';
import { LoginScreen } from './LoginScreen.js';

export function AuthGate() {
  const status = useSession((s) => s.status);
  const everSignedIn = useSession((s) => s.everSignedIn);
  return (
    <>
      {everSignedIn && <App />}
      {status === 'checking' && !everSignedIn && (
        <div className="login-back muted">Checking the session…</div>
      )}
      {status === 'signed-out' && <LoginScreen />}
    </>
  );
}
