// ELD's n-gram tables in a thread of their own: loaded into the analysis thread, their hundreds of
// thousands of small objects would slow down every garbage collection there for the rest of a run.
import { parentPort } from 'node:worker_threads';
import { eld } from 'eld/extrasmall';

parentPort?.on('message', (message) => {
  parentPort?.postMessage({
    requestId: message.requestId,
    scores: message.texts.map((text) => eld.detect(text).getScores()),
  });
});
