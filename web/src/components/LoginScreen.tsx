// The login screen: username and password against POST /auth/login, with the server's reason when it fails.
// Shown over the workbench when a session expires, so the canvas underneath is kept as it was.
import { useState } from 'react';
import { GraphQLRequestError } from '../api/client.js';
import { useSession } from '../hooks/use-session.js';
import { signIn } from '../state/session.js';

function reason(error: unknown): string {
  const code = error instanceof GraphQLRequestError ? error.code : '';
  if (code === 'INVALID_CREDENTIALS') return 'Wrong username or password.';
  if (code === 'RATE_LIMITED') return 'Too many failed attempts: wait a minute, then try again.';
  return `Could not sign in: ${(error as Error).message}`;
}

export function LoginScreen() {
  const expired = useSession((s) => s.expired);
  const unreachable = useSession((s) => s.error);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      setPassword('');
    } catch (err) {
      setError(reason(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-back" data-testid="login">
      <form className="login" onSubmit={(e) => void submit(e)} aria-label="Sign in">
        <div className="brand">
          Thread<span>line</span>
        </div>
        <p className="muted">
          {expired
            ? 'Your session has ended. Sign in again to continue: the canvas is kept as it was.'
            : 'Sign in to the investigation workbench.'}
        </p>
        <label htmlFor="login-username">Username</label>
        <input
          id="login-username"
          type="text"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
          // biome-ignore lint/a11y/noAutofocus: the login form is the only thing on the screen
          autoFocus
        />
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {(error ?? unreachable) && (
          <div className="login-error" role="alert">
            {error ?? `Server unreachable: ${unreachable}`}
          </div>
        )}
        <button type="submit" className="primary" disabled={busy || !username.trim() || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
