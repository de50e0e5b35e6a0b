import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { Me } from '../../server/domain/api';
import { ApiFailure, api, setCsrfToken } from './api/client';
import { ModelBadge } from './components/ModelBadge';
import { useRoute } from './hooks/useRoute';
import { AccountPage } from './pages/AccountPage';
import { ChecksPage } from './pages/ChecksPage';
import { ConcordancePage } from './pages/ConcordancePage';
import { DocumentsPage } from './pages/DocumentsPage';
import { GlossaryPage } from './pages/GlossaryPage';
import { LoginPage } from './pages/LoginPage';
import { QualityPage } from './pages/QualityPage';
import { ReviewPage } from './pages/ReviewPage';
import { TeamPage } from './pages/TeamPage';

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
        <RouteLink className="nav" to="/concordance" navigate={navigate}>
          Concordance
        </RouteLink>
        <RouteLink className="nav" to="/quality" navigate={navigate}>
          Quality
        </RouteLink>
        {me.role === 'qa_lead' && (
          <RouteLink className="nav" to="/team" navigate={navigate}>
            Team
          </RouteLink>
        )}
        <ModelBadge />
        <span className="spacer" />
        <RouteLink className="who" to="/account" navigate={navigate}>
          {me.name} · {me.role.replace('_', ' ')}
        </RouteLink>
        <button type="button" className="link" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main>
        {documentMatch ? (
          <ReviewPage documentId={Number(documentMatch[1])} me={me} onBack={() => navigate('/')} />
        ) : path === '/checks' ? (
          <ChecksPage />
        ) : path === '/concordance' ? (
          <ConcordancePage me={me} onOpen={(id, unit) => navigate(`/documents/${id}#unit-${unit}`)} />
        ) : path === '/quality' ? (
          <QualityPage onOpen={(id) => navigate(`/documents/${id}`)} />
        ) : path === '/glossary' ? (
          <GlossaryPage me={me} />
        ) : path === '/team' && me.role === 'qa_lead' ? (
          <TeamPage me={me} />
        ) : path === '/account' ? (
          <AccountPage me={me} />
        ) : (
          <DocumentsPage me={me} onOpen={(id) => navigate(`/documents/${id}`)} />
        )}
      </main>
    </div>
  );
}
