/**
 * A child process for the queue's concurrency test: waits until the shared start time,
 * then claims jobs of one kind until none is left, and prints the ids it got as JSON.
 * Argument: `{ "target": DatabaseTarget, "kind", "worker", "startAt" }` as JSON.
 */
import { type DatabaseTarget, openDatabase } from '../../db/connect.js';
import { claimNext } from '../queue.js';

interface Args {
  readonly target: DatabaseTarget;
  readonly kind: string;
  readonly worker: string;
  readonly startAt: number;
}

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const db = openDatabase(args.target);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, args.startAt - Date.now())));
const mine: string[] = [];
for (;;) {
  const job = await claimNext(db, args.worker, [args.kind]);
  if (job === undefined) break;
  mine.push(job.id);
  // A real worker runs the job before it claims again; a pause lets the others in.
  await new Promise((resolve) => setTimeout(resolve, 1));
}
await db.close();
process.stdout.write(`${JSON.stringify(mine)}\n`);
