/**
 * Answers that are core's documents (engine analyses, graph reports, attribution): the
 * very JSON the CLI prints for the same command (DESIGN.md), sent as core built it. Their
 * routes' schemas document the shape; they are not re-parsed here (core's arrays are
 * readonly and its numbers exact), and no store record ever passes through: a route that
 * answers one goes through this presenter, so presented-answers.test.ts can tell.
 */
export const presentCoreDocument = <T>(document: T): T => document;
