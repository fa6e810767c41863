import { z } from 'astro/zod';
export const quizBankSchema = z.object({ title: z.string() });
