// Content collections: the SLA versions (MDX, validated by the one contract schema).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { slaFrontmatterSchema } from './contract/schema.ts';

const sla = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sla' }),
  schema: slaFrontmatterSchema,
});

export const collections = { sla };
