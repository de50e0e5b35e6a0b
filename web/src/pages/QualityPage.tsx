import { useEffect, useState } from 'react';
import type { PairQuality, QualityOverview } from '../../../server/domain/api';
import { api, failureMessage } from '../api/client';

const percent = (share: number): string => `${Math.round(share * 100)} %`;

/** Each reviewed document's score in the order they came in: whether the MT of the pair is getting better. */
function ScoreTrend({
  documents,
  onOpen,
}: {
  documents: PairQuality['perDocument'];
  onOpen: (id: number) => void;
}) {
  const scored = documents.filter((d) => d.qualityScore !== null);
  if (scored.length < 2) return null;
  const scores = scored.map((d) => d.qualityScore ?? 0);
  const low = Math.min(90, Math.floor(Math.min(...scores) / 5) * 5);
  const width = 560;
  const height = 140;
  const x = (k: number): number => 30 + (k * (width - 50)) / (scored.length - 1);
  const y = (score: number): number => 10 + ((100 - score) * (height - 30)) / (100 - low);
  const line = scored.map((d, k) => `${k === 0 ? 'M' : 'L'}${x(k)},${y(d.qualityScore ?? 0)}`).join(' ');
  return (
    <>
      <h3>Each reviewed document’s score, oldest first (a point opens its document)</h3>
      <svg
        className="score-trend"
        role="img"
        aria-label="quality score of each reviewed document, oldest first"
        width={width}
        height={height}
      >
        {[100, low].map((score) => (
          <g key={score}>
            <line x1={30} x2={width - 20} y1={y(score)} y2={y(score)} className="grid" />
            <text x={0} y={y(score) + 4}>
              {score}
            </text>
          </g>
        ))}
        <path d={line} className="trend" />
        {scored.map((d, k) => (
          <circle key={d.id} cx={x(k)} cy={y(d.qualityScore ?? 0)} r={5} onClick={() => onOpen(d.id)}>
            <title>
              {d.title}: {d.qualityScore?.toFixed(1)} over {d.reviewedUnits} reviewed units
            </title>
          </circle>
        ))}
      </svg>
    </>
  );
}

function PairCard({ pair, onOpen }: { pair: PairQuality; onOpen: (id: number) => void }) {
  const worst = Math.max(1, ...pair.byCategory.map((c) => c.penalty));
  return (
    <section className="pair-quality" aria-label={`${pair.sourceLang} → ${pair.targetLang}`}>
      <h2>
        {pair.sourceLang} → {pair.targetLang}
      </h2>
      <p className="pair-score">
        {pair.qualityScore === null ? (
          <span className="muted">no unit reviewed yet</span>
        ) : (
          <>
            <strong>{pair.qualityScore.toFixed(1)}</strong> MQM quality over {pair.reviewedUnits} reviewed
            units ({pair.reviewedWords} source words) in {pair.reviewedDocuments} of {pair.documents}{' '}
            documents · edit rate {percent(pair.editRate)} · {pair.errors.critical} critical,{' '}
            {pair.errors.major} major, {pair.errors.minor} minor errors
          </>
        )}
      </p>
      <div className="pair-columns">
        <div>
          <h3>Errors by category (penalty points)</h3>
          {pair.byCategory.length === 0 ? (
            <p className="muted small">No error recorded yet.</p>
          ) : (
            <ul className="category-bars">
              {pair.byCategory.map((c) => (
                <li key={c.category}>
                  <span className="category-name">{c.category}</span>
                  <span>
                    <span className="bar" style={{ width: `${(70 * c.penalty) / worst}%` }} />{' '}
                    <span className="small">
                      {c.penalty} (
                      {[
                        c.critical && `${c.critical} critical`,
                        c.major && `${c.major} major`,
                        c.minor && `${c.minor} minor`,
                      ]
                        .filter(Boolean)
                        .join(', ')}
                      )
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <ScoreTrend documents={pair.perDocument} onOpen={onOpen} />
        </div>
        <div>
          <h3>How often each check was right</h3>
          <table className="documents checks-precision">
            <thead>
              <tr>
                <th>Check</th>
                <th className="num">Raised</th>
                <th className="num">Confirmed</th>
                <th className="num">Dismissed</th>
                <th className="num">Precision</th>
              </tr>
            </thead>
            <tbody>
              {pair.checks.map((c) => (
                <tr key={c.check}>
                  <td>{c.check}</td>
                  <td className="num">{c.raised}</td>
                  <td className="num">{c.confirmed}</td>
                  <td className="num">{c.dismissed}</td>
                  <td className="num">{c.precision === null ? '—' : percent(c.precision)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

/**
 * Every language pair's machine-translation quality over all documents, as a QA lead reports it: the
 * MQM score pooled over everything reviewed, errors by category, each document's score in turn, and
 * how far each check can be trusted.
 */
export function QualityPage({ onOpen }: { onOpen: (documentId: number) => void }) {
  const [overview, setOverview] = useState<QualityOverview | null>(null);
  const [error, setError] = useState('');
  /** The days of import the overview covers (YYYY-MM-DD); empty for no bound. */
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  useEffect(() => {
    api('GET /api/quality', { query: { from, to } })
      .then((result) => {
        setError('');
        setOverview(result);
      })
      .catch((failure: unknown) => setError(failureMessage(failure, 'could not load the quality overview')));
  }, [from, to]);
  const workbook = `/api/quality?${new URLSearchParams({ format: 'xlsx', ...(from && { from }), ...(to && { to }) }).toString()}`;
  return (
    <section className="page quality">
      <div className="page-head">
        <div>
          <h1>Quality</h1>
          <p className="muted small">
            Each language pair over every document, archived ones too: penalty points of the errors reviewers
            confirmed or marked (minor 1, major 5, critical 25) per source word reviewed.{' '}
            <a href={workbook} download>
              Download as XLSX
            </a>
          </p>
        </div>
        <span className="spacer" />
        <label>
          Imported from
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          to
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      {error && <p className="error">{error}</p>}
      {!overview && !error && <p className="muted">Loading…</p>}
      {overview && overview.pairs.length === 0 && (
        <p className="muted">
          {from || to ? 'No document was imported in that period.' : 'No documents yet.'}
        </p>
      )}
      {overview?.pairs.map((pair) => (
        <PairCard key={`${pair.sourceLang}-${pair.targetLang}`} pair={pair} onOpen={onOpen} />
      ))}
    </section>
  );
}
