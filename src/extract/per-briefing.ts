// Some rules follow a briefing from sentence to sentence (the lead's organisation, the documents named
// so far, the subject a clause carries over) and keep that in their module, keyed by the text. Keyed by
// the text alone, it leaks into the next extraction of the SAME text — a writer pasting a draft twice,
// a re-ingest — and the second graph differs from the first. Each such module says here how to forget,
// and extractBriefing forgets everything before it reads a text: extraction is a function of its input.
const forgetters: Array<() => void> = [];

/** Register how a module forgets what it kept about the briefing being read. */
export function forgetPerBriefing(forget: () => void): void {
  forgetters.push(forget);
}

/** Called once at the start of every extraction. */
export function startBriefing(): void {
  for (const forget of forgetters) forget();
}
