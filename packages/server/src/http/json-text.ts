/**
 * Sending an answer that is already serialised (cached JSON): Fastify sends a Buffer or a
 * string with a content type as it is, without running the route's response serializer
 * again. A Buffer also spares the UTF-8 encoding of the text on every request.
 */
import type { FastifyReply } from 'fastify';

/** The content type Fastify gives a serialised object. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Sends `json`, the route's answer already serialised (and checked against its schema). */
export function sendJson(reply: FastifyReply, json: Buffer | string): FastifyReply {
  return reply.type(JSON_CONTENT_TYPE).send(json);
}
