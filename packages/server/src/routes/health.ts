/** `GET /api/health`: 200 when the server and its database answer, 503 otherwise. */
import { z } from 'zod';
import { access } from '../auth/policies.js';
import { pingDatabase } from '../db/connect.js';
import type { RoutePlugin } from '../http/context.js';
import { HttpProblem } from '../http/problem.js';
import { presentAs } from '../presenters/report.js';

const healthAnswer = z.object({ status: z.literal('ok') });

export const healthRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/health',
    {
      config: { access: access.public() },
      schema: {
        summary: 'Is the server up and its database reachable?',
        tags: ['operations'],
        response: { 200: healthAnswer },
      },
    },
    async () => {
      try {
        await pingDatabase(db);
      } catch (error) {
        app.log.error({ err: error }, 'health check: database unreachable');
        throw new HttpProblem('unavailable', 'the database does not answer');
      }
      return presentAs(healthAnswer)({ status: 'ok' as const });
    },
  );
};
