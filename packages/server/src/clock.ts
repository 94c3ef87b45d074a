/**
 * The server's one time source. It travels with the database handle (`Db.clock`), so the
 * routes, the store, the auth checks and the job queue all read the same clock, and a test
 * that pins it (`withClock(db, ...)` or `buildApp({ clock })`) pins every timestamp.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that always reads `at` (tests). */
export const fixedClock =
  (at: Date | string): Clock =>
  () =>
    new Date(at);
