// Waiting for a state instead of a moment: polls a check until it holds or a deadline passes, so tests of outages,
// restarts and workers hold under CPU contention without timings of their own.
const DEFAULT_DEADLINE_MS = 60_000;
const POLL_MS = 100;

export async function eventually(check: () => Promise<boolean> | boolean, what: string, deadlineMs = DEFAULT_DEADLINE_MS): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** An answer that is not 503 database_unavailable: a database blip under load is waited out, any other answer returned. */
export async function answeredWithDatabase<R extends { status: number; body: unknown }>(request: () => PromiseLike<R>, what: string): Promise<R> {
  let answer: R | undefined;
  await eventually(async () => {
    answer = await request();
    return !(answer.status === 503 && (answer.body as { error?: { code?: string } } | undefined)?.error?.code === 'database_unavailable');
  }, `${what} with the database reachable`);
  return answer as R;
}
