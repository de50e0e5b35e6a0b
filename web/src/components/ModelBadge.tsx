import { useEffect, useState } from 'react';
import type { ModelStatusResponse } from '../../../server/domain/api';
import { api } from '../api/client';

function label(status: ModelStatusResponse): string {
  switch (status.state) {
    case 'ready':
      return `model ready · ${status.modelId}`;
    case 'downloading':
      return `downloading model ${status.progress ? `${status.progress.percent} %` : ''}`;
    case 'loading':
    case 'idle':
      return 'loading model…';
    case 'unavailable':
      return 'model unavailable — flags from heuristics only';
  }
}

export function ModelBadge() {
  const [status, setStatus] = useState<ModelStatusResponse | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = (): void => {
      api('GET /api/model')
        .then((next) => {
          if (stopped) return;
          setStatus(next);
          if (next.state !== 'ready' && next.state !== 'unavailable') timer = setTimeout(poll, 2000);
        })
        .catch(() => undefined);
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  if (!status) return null;
  return (
    <span className={`badge model-${status.state}`} title={status.reason ?? status.modelId}>
      {label(status)}
    </span>
  );
}
