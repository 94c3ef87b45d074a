/**
 * The browser's own Monte Carlo run, in a Web Worker: the same core code, spec, selection,
 * scenarios and seed as the server's, so its samples are the server's samples. It gives the
 * histogram (the API returns only statistics) and a check that both summaries agree.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { SimulationSummary } from './engine';
import type { Histogram } from './histogram';
import type { SimulationReply, SimulationRequest } from './simulation-messages';
import { weightSpecByTrust } from './trust-weights';

/** Above this the browser would hold too many samples (8 bytes each): statistics only. */
export const MAX_BROWSER_SCENARIOS = 2_000_000;

export type BrowserSimulation =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: number }
  | { readonly phase: 'done'; readonly summary: SimulationSummary; readonly histogram: Histogram }
  | { readonly phase: 'too-large' }
  | { readonly phase: 'failed'; readonly message: string };

export function useBrowserSimulation(slug: string) {
  const [state, setState] = useState<BrowserSimulation>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    async (run: Omit<SimulationRequest, 'spec'> & { readonly trustWeighted?: boolean }) => {
      stop();
      if (run.scenarios > MAX_BROWSER_SCENARIOS) {
        setState({ phase: 'too-large' });
        return;
      }
      setState({ phase: 'running', progress: 0 });
      let spec: unknown;
      try {
        const [exported, trust] = await Promise.all([
          unwrap(
            api.GET('/api/workspaces/{slug}/spec', {
              params: { path: { slug }, query: { format: 'json' } },
            }),
          ),
          run.trustWeighted === true
            ? unwrap(api.GET('/api/workspaces/{slug}/trust', { params: { path: { slug } } }))
            : Promise.resolve([]),
        ]);
        // Trust-weighted, the server simulates each return times its delivery: so does the browser.
        spec = run.trustWeighted === true ? weightSpecByTrust(exported, trust) : exported;
      } catch (error) {
        setState({
          phase: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
        return;
      }
      const w = new Worker(new URL('./simulate.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      w.onmessage = (event: MessageEvent<SimulationReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') setState({ phase: 'running', progress: reply.progress });
        else {
          setState(
            reply.type === 'done'
              ? { phase: 'done', summary: reply.summary, histogram: reply.histogram }
              : { phase: 'failed', message: reply.message },
          );
          w.terminate();
          if (worker.current === w) worker.current = null;
        }
      };
      w.onerror = (event) => {
        setState({ phase: 'failed', message: event.message });
        w.terminate();
      };
      const request: SimulationRequest = {
        selected: run.selected,
        scenarios: run.scenarios,
        seed: run.seed,
        spec,
      };
      w.postMessage(request);
    },
    [slug, stop],
  );

  return { state, start, stop };
}
