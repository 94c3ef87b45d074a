/**
 * Seeded pseudo-random numbers. Core never calls Math.random: every random source
 * is handed in as an `Rng` so that results are reproducible.
 */
export interface Rng {
  /** Uniform on [0, 1). */
  next(): number;
}
