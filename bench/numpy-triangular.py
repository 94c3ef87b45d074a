"""NumPy baseline of the Monte Carlo benchmark (run by bench/simulate.mjs, not by hand).

Reads the plan as JSON on stdin: {"mins", "modes", "maxs", "coefficients"} (one entry per
random term), "constant", "scenarios", "chunk", "seed", "reps". Does the same work as the
engine: for every scenario S = constant + sum_t coefficient_t * X_t with X_t triangular,
drawn with numpy.random.default_rng(seed).triangular chunk by chunk. Prints one JSON line:
the seconds of each repetition (interpreter start-up and `import numpy` excluded) and the
mean of S as a check that the work matches.

One call per term and chunk with scalar parameters measured fastest on the bench machine
(about 1.6x faster than one call per chunk with broadcast parameter arrays and a matrix
product); the sum stays in NumPy's own loops, so no BLAS thread pool is involved.
"""

import json
import sys
import time

try:
    import numpy as np
except ImportError:
    print(json.dumps({"error": "numpy is not installed for " + sys.executable}))
    sys.exit(3)


def run(plan, scenarios, seed):
    rng = np.random.default_rng(seed)
    terms = list(zip(plan["mins"], plan["modes"], plan["maxs"], plan["coefficients"]))
    chunk = plan["chunk"]
    out = np.empty(scenarios)
    for start in range(0, scenarios, chunk):
        size = min(chunk, scenarios - start)
        acc = np.full(size, plan["constant"])
        for left, mode, right, coefficient in terms:
            x = rng.triangular(left, mode, right, size)
            x *= coefficient
            acc += x
        out[start : start + size] = acc
    return out


def main():
    plan = json.load(sys.stdin)
    scenarios = plan["scenarios"]
    run(plan, min(scenarios, 4 * plan["chunk"]), plan["seed"])  # warm-up
    seconds = []
    samples = None
    for _ in range(plan["reps"]):
        started = time.perf_counter()
        samples = run(plan, scenarios, plan["seed"])
        seconds.append(time.perf_counter() - started)
    print(
        json.dumps(
            {
                "numpy": np.__version__,
                "python": sys.version.split()[0],
                "seconds": seconds,
                "mean": float(samples.mean()),
                "sd": float(samples.std(ddof=1)),
            }
        )
    )


main()
