/**
 * Runs the core's Monte Carlo off the main thread: validates the workspace's exported
 * spec, compiles the plan of S for the selection, draws the samples with the given seed,
 * and answers with their summary and histogram (never the samples themselves).
 */
import { compileSimulation, simulate, summarize, validateSpecDocument } from './engine';
import { histogramOf } from './histogram';
import type { SimulationReply, SimulationRequest } from './simulation-messages';

const HISTOGRAM_BINS = 60;

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const { spec, selected, scenarios, seed } = event.data;
  const reply = (message: SimulationReply) => self.postMessage(message);
  try {
    const parsed = validateSpecDocument(spec);
    if (!parsed.ok) {
      reply({ type: 'failed', message: parsed.issues.map((i) => i.message).join(' ') });
      return;
    }
    const plan = compileSimulation(parsed.value.portfolio, selected);
    if (!plan.ok) {
      reply({ type: 'failed', message: plan.issues.map((i) => i.message).join(' ') });
      return;
    }
    const samples = simulate(plan.value, {
      scenarios,
      seed,
      onProgress: (done, total) => reply({ type: 'progress', progress: done / total }),
    });
    reply({
      type: 'done',
      summary: summarize(samples),
      histogram: histogramOf(samples, HISTOGRAM_BINS),
    });
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
