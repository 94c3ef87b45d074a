import type { FastifyReply } from 'fastify';

/**
 * A signal that aborts when the client closes its connection before the answer is sent:
 * a long analysis then stops (its engine or worker thread is stopped) instead of working
 * for nobody. Call `done()` when the answer is settled.
 */
export function abortWhenClientGoes(reply: FastifyReply): {
  readonly signal: AbortSignal;
  done(): void;
} {
  const controller = new AbortController();
  const onClose = (): void => {
    if (!reply.raw.writableFinished) controller.abort('client closed the connection');
  };
  reply.raw.on('close', onClose);
  return { signal: controller.signal, done: () => reply.raw.off('close', onClose) };
}
