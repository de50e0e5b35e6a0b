import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { Me } from '../../server/domain/api';
import { ApiFailure, api, setCsrfToken } from './api/client';
import { ModelBadge } from './components/ModelBadge';
import { useRoute } from './hooks/useRoute';
import { ChecksPage } from './pages/ChecksPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { GlossaryPage } from './pages/GlossaryPage';
import { LoginPage } from './pages/LoginPage';
import { ReviewPage } from './pages/ReviewPage';

/** A link the app follows itself, without reloading the page. */
function RouteLink({
  to,
  className,
  navigate,
  children,
}: {
  to: string;
  className: string;
  navigate: (path: string) => void;
  children: ReactNode;
}) {
  return (
    <a
      className={className}
      href={to}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [checked, setChecked] = useState(false);
  const [path, navigate] = useRoute();

  useEffect(() => {
    api('GET /api/me')
      .then((user) => {
        setCsrfToken(user.csrfToken);
        setMe(user);
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiFailure && error.status === 401)) console.error(error);
      })
      .finally(() => setChecked(true));
  }, []);

  const signedIn = useCallback((user: Me) => {
    setCsrfToken(user.csrfToken);
    setMe(user);
  }, []);

  const signOut = useCallback(() => {
    void api('POST /api/auth/logout').finally(() => setMe(null));
  }, []);

  if (!checked) return null;
  if (!me) return <LoginPage onSignedIn={signedIn} />;
  const documentMatch = /^\/documents\/(\d+)/.exec(path);
  return (
    <div className="app">
      <header className="topbar">
        <RouteLink className="brand" to="/" navigate={navigate}>
          mt-review
        </RouteLink>
        <RouteLink className="nav" to="/checks" navigate={navigate}>
          Checks
        </RouteLink>
        <RouteLink className="nav" to="/glossary" navigate={navigate}>
          Glossary
        </RouteLink>
        <ModelBadge />
        <span className="spacer" />
        <span className="who">
          {me.name} · {me.role.replace('_', ' ')}
        </span>
        <button type="button" className="link" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main>
        {documentMatch ? (
          <ReviewPage documentId={Number(documentMatch[1])} me={me} onBack={() => navigate('/')} />
        ) : path === '/checks' ? (
          <ChecksPage />
        ) : path === '/glossary' ? (
          <GlossaryPage me={me} />
        ) : (
          <DocumentsPage me={me} onOpen={(id) => navigate(`/documents/${id}`)} />
        )}
      </main>
    </div>
  );
}
