/**
 * In-process wake-up for job workers: `enqueue` announces a new job so that a worker in the
 * same process claims it at once instead of at its next poll. Workers in other processes
 * still find it by polling (the queue, not this signal, is the source of truth).
 */
type Listener = () => void;

const listeners = new Set<Listener>();

/** Calls `listener` whenever a job is enqueued in this process; returns the unsubscribe. */
export function onJobEnqueued(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function announceJob(): void {
  for (const listener of listeners) listener();
}
