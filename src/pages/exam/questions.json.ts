/**
 * /exam/questions.json: the practice exam's questions, built from the quiz banks of every ready
 * chapter. The exam page fetches it, so its own HTML stays small however large the banks grow.
 */
import type { APIRoute } from 'astro';
import { examPool } from '../../widgets/exam/pool-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await examPool()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
