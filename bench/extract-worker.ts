// Worker thread for bench/prepare.ts: extracts the texts it is sent and posts the fragments back.
import { parentPort } from 'node:worker_threads';
import { extractText } from '../src/extract/index.js';

interface Job {
  texts: { name: string; text: string }[];
}

parentPort?.on('message', (job: Job) => {
  const fragments = job.texts.map((t) => extractText(t.text, { name: t.name }));
  parentPort?.postMessage({ fragments });
});
