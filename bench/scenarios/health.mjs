// Liveness probe: the floor of the stack (Fastify, Nest pipeline, security headers, logging).
export default {
  description: 'GET /api/health/live',
  baseline: 'health',
  requests: [{ method: 'GET', path: '/api/health/live' }],
};
