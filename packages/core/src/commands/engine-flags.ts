/**
 * How each engine option reads on the command line: its value's name in `--help` and its
 * help text. The flag itself is the option's name in kebab case (`timeLimit` is
 * `--time-limit`), its type, default, choices and limits are the schema's
 * (engine-options.ts). The record is typed by the schemas' keys: an option without a
 * flag (or `null`, the API's only), or a flag without an option, does not compile.
 */
import type { EngineCommand, EngineOptionSchemas } from './engine-options.js';

export interface EngineFlag {
  /** The value's name in `--help` (`--points <k>`); absent for a switch (a boolean). */
  readonly value?: string;
  readonly help: string;
}

/** `null`: the API's only (a run's keep and exit locks come from the web app's screen). */
type FlagsOf<C extends EngineCommand> = {
  readonly [K in keyof EngineOptionSchemas[C]['shape']]-?: EngineFlag | null;
};

const seedHelp = 'random seed (same seed, same answer)';

export const ENGINE_FLAGS: { readonly [C in EngineCommand]: FlagsOf<C> } = {
  evaluate: {
    scenarios: { value: 'n', help: 'Monte Carlo scenarios of P(S<0) and CVaR 5%' },
    seed: { value: 's', help: seedHelp },
  },
  weights: {
    method: {
      value: 'method',
      help: "objective weights from the partners' scores instead of the spec's",
    },
  },
  rank: {
    method: { value: 'method', help: 'ranking method' },
    v: {
      value: 'v',
      help: 'VIKOR: weight of group utility S against individual regret R, in [0, 1] (default: 0.5)',
    },
    sensitivity: {
      help: 'for each weight, the interval over which the first choice / the whole ranking stays',
    },
  },
  optimize: {
    include: null,
    exclude: null,
    explain: {
      help: 'each partner’s regret: what the objective loses if it is forced out / in',
    },
    timeLimit: { value: 'seconds', help: 'stop the solver after this long and report the gap' },
  },
  frontier: {
    resource: { value: 'id', help: 'the resource to sweep (e.g. budget); or --cvar' },
    cvar: {
      help: 'expected S against the 5% scenario CVaR instead: the floor swept from the optimum’s CVaR to the best reachable',
    },
    points: {
      value: 'k',
      help: 'number of capacities (default 11) or CVaR floors (default 8) to solve',
    },
    scenarios: {
      value: 'n',
      help: 'with --cvar: sampled scenarios shared by every point (default 1000)',
    },
    seed: { value: 's', help: 'with --cvar: seed of the scenarios' },
    timeLimit: { value: 'seconds', help: 'per solve' },
  },
  simulate: {
    scenarios: { value: 'n', help: 'number of scenarios' },
    seed: { value: 's', help: seedHelp },
    selected: {
      value: 'ids',
      help: 'comma-separated partners to simulate (default: the optimal portfolio)',
    },
  },
  shapley: {
    samples: { value: 'n', help: 'permutations when the game is too large to solve exactly' },
    seed: { value: 's', help: 'random seed for sampling' },
    selected: {
      value: 'ids',
      help: 'for a spec: the partners that play (default: the optimal portfolio)',
    },
  },
  smaa: {
    samples: { value: 'n', help: 'weight samples' },
    seed: { value: 's', help: seedHelp },
    method: { value: 'method', help: 'ranking method applied to each sample' },
    portfolio: {
      help: 'also the probability that each partner is in the optimal portfolio (one MILP per sample; weights, costs, returns and synergies vary)',
    },
  },
};

/** `timeLimit` → `--time-limit`. */
export const flagOf = (option: string): string =>
  `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
