// The round trip through the generated TypeScript clients (typescript-fetch), run with node by
// ClientRoundTripTest against the services it started: TIMELINE_URL, FACTCHECK_URL and the
// JOURNALIST_TOKEN / EDITOR_TOKEN it signed come in the environment. Exits non-zero on any failure.
import * as timeline from '../../../target/generated-sources/typescript/timeline';
import * as factcheck from '../../../target/generated-sources/typescript/factcheck';

// Node's globals, declared here so no @types package is needed.
declare const process: { env: Record<string, string | undefined>; exitCode?: number };

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`failed: ${what}`);
  }
  console.log(`ok: ${what}`);
}

/** The ResponseError a generated client throws for a status, with its problem+json body. */
async function failure(call: Promise<unknown>): Promise<{ status: number; problem: timeline.Problem }> {
  try {
    await call;
  } catch (e) {
    if (e instanceof timeline.ResponseError || e instanceof factcheck.ResponseError) {
      const type = e.response.headers.get('Content-Type') ?? '';
      check(type.startsWith('application/problem+json'), `problem+json answered for ${e.response.status}`);
      return { status: e.response.status, problem: timeline.ProblemFromJSON(await e.response.json()) };
    }
    throw e;
  }
  throw new Error('expected the call to fail');
}

function eventRequest(title: string, sourceId: number, exact: string): timeline.EventRequest {
  return {
    title,
    start: { value: '2025-02-18', precision: timeline.Precision.Day },
    status: timeline.EventStatus.Occurred,
    place: 'Riyadh',
    citations: [{ sourceId, quote: { exact } }],
  };
}

async function main(): Promise<void> {
  const tag = Math.random().toString(36).slice(2, 10);
  const timelineAs = (token: string) =>
    new timeline.Configuration({ basePath: env('TIMELINE_URL'), headers: { Authorization: `Bearer ${token}` } });
  const factcheckAs = (token: string) =>
    new factcheck.Configuration({ basePath: env('FACTCHECK_URL'), headers: { Authorization: `Bearer ${token}` } });
  const journalist = env('JOURNALIST_TOKEN');
  const editor = env('EDITOR_TOKEN');

  // Ingest two sources that disagree.
  const sources = new timeline.SourcesApi(timelineAs(journalist));
  const wire = await sources.ingestSource({
    sourceRequest: {
      outlet: `TS Wire ${tag}`,
      title: 'Talks end',
      language: 'en',
      text: `RIYADH — The talks ended after almost five hours on Tuesday. ${tag}`,
    },
  });
  const daily = await sources.ingestSource({
    sourceRequest: { outlet: `TS Daily ${tag}`, text: `The 4-1/2 hours of talks ended on Tuesday. ${tag}` },
  });
  check(typeof wire.id === 'number' && typeof daily.id === 'number', 'sources ingested with ids');
  const wireId = wire.id as number;
  const dailyId = daily.id as number;

  // An event citing the first.
  const events = new timeline.EventsApi(timelineAs(journalist));
  const created = await events.createEventRaw({
    eventRequest: eventRequest(`Riyadh talks end ${tag}`, wireId, 'almost five hours'),
  });
  check(created.raw.status === 201, 'event created: 201');
  const event = await created.value();
  const eventId = event.id as number;
  check(event.citations?.length === 1, 'event has its citation');

  // The timeline.
  const page = await new timeline.TimelineApi(timelineAs(journalist)).getTimeline({
    from: '2025-02-18',
    to: '2025-02-18',
    sourceId: wireId,
    origin: ['MANUAL'], // not the candidates the analysis proposes from the sources
  });
  check(page.items?.length === 1 && page.items[0].eventId === eventId, 'the timeline lists the event');

  // Update with the ETag read through the client; the same ETag again is stale.
  const read = await events.getEventRaw({ id: eventId });
  const etag = read.raw.headers.get('ETag');
  check(etag !== null, `ETag read: ${etag}`);
  const updated = await events.updateEventRaw({
    id: eventId,
    ifMatch: etag as string,
    eventRequest: eventRequest(`Riyadh talks end after almost five hours ${tag}`, wireId, 'almost five hours'),
  });
  check(updated.raw.status === 200 && updated.raw.headers.get('ETag') !== etag, 'updated: 200, new ETag');
  const stale = await failure(
    events.updateEvent({
      id: eventId,
      ifMatch: etag as string,
      eventRequest: eventRequest(`Stale ${tag}`, wireId, 'almost five hours'),
    }),
  );
  check(stale.status === 412 && stale.problem.status === 412, 'stale ETag: 412 problem');

  // A quote not in the source: 422 whose problem names the field.
  const invalid = await failure(
    events.createEvent({ eventRequest: eventRequest(`Misquoted ${tag}`, wireId, `not in the article ${tag}`) }),
  );
  check(
    invalid.status === 422 &&
      invalid.problem.type === 'urn:newsroom:problem:citation-invalid' &&
      (invalid.problem.errors ?? []).some((error) => (error.field ?? '').startsWith('citations')),
    '422 citation-invalid with its errors',
  );

  // The discrepancy, a correction filed for it, approved by an editor.
  const discrepancies = new factcheck.DiscrepanciesApi(factcheckAs(journalist));
  const discrepancy = await discrepancies.recordDiscrepancy({
    discrepancyRequest: {
      subject: `Length of the talks ${tag}`,
      eventId,
      attribute: factcheck.Attribute.Duration,
      kind: factcheck.DiscrepancyKind.NumericMismatch,
      severity: factcheck.Severity.Medium,
      description: 'Sources give different lengths',
      assertions: [
        { sourceId: wireId, quote: { exact: 'almost five hours' }, statedValue: 'almost five hours' },
        { sourceId: dailyId, quote: { exact: '4-1/2 hours' }, statedValue: '4-1/2 hours' },
      ],
    },
  });
  check(discrepancy.status === factcheck.DiscrepancyStatus.Open, 'discrepancy recorded, OPEN');
  const discrepancyId = discrepancy.id as number;

  const filed = await new factcheck.CorrectionsApi(factcheckAs(journalist)).fileCorrection({
    correctionRequest: {
      sourceId: wireId,
      quote: { exact: 'almost five hours' },
      discrepancyId,
      type: factcheck.CorrectionType.Correction,
      originalText: 'almost five hours',
      correctedText: 'four and a half hours',
      reason: 'Pool timings say 4h30',
      publicNote: 'An earlier version gave the wrong length.',
    },
  });
  check(filed.status === factcheck.CorrectionStatus.Submitted, 'correction filed, SUBMITTED');
  const corrections = new factcheck.CorrectionsApi(factcheckAs(editor));
  const current = await corrections.getCorrectionRaw({ id: filed.id as number });
  const approved = await corrections.approveCorrection({
    id: filed.id as number,
    ifMatch: current.raw.headers.get('ETag') as string,
    transitionNote: { note: 'Checked against the pool' },
  });
  check(approved.status === factcheck.CorrectionStatus.Approved, 'correction approved');
  const resolved = await discrepancies.getDiscrepancy({ id: discrepancyId });
  check(resolved.status === factcheck.DiscrepancyStatus.Resolved, 'discrepancy resolved');

  console.log('round trip done');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exitCode = 1;
});
