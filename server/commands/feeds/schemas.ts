// zod schema for the feed query: optional sector and competence area (`digCompEdu:1`–`digCompEdu:6`, `digComp:1`–`digComp:5`).
import { z } from 'zod';
import { isTerm, termSchema } from '../../vocab/index.js';
import { contentLanguageSchema } from '../shared/localizedText.js';

export const feedAreaSchema = z
  .string()
  .regex(/^(digCompEdu|digComp):\d$/, 'must look like digCompEdu:2 or digComp:1')
  .refine((value) => {
    const [framework, id] = value.split(':') as ['digCompEdu' | 'digComp', string];
    return isTerm(framework === 'digCompEdu' ? 'digCompEduAreas' : 'digCompAreas', id);
  }, 'is not a known competence area');

export const feedQuerySchema = z.strictObject({
  sector: termSchema('sectors').optional(),
  area: feedAreaSchema.optional(),
  language: contentLanguageSchema.optional(),
});
