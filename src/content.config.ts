// Content collections: the SLA versions (MDX, validated by the one contract
// schema) and the glossary of contract terms (YAML, its own schema).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { slaFrontmatterSchema } from './contract/schema.ts';
import { siteSlaGlob } from './contract/site-source.ts';
import { glossaryEntrySchema, glossaryId } from './glossary/schema.ts';

// The SLA the build was given (build --sla), else content/sla.
const sla = defineCollection({
  loader: glob(siteSlaGlob()),
  schema: slaFrontmatterSchema,
});

const glossary = defineCollection({
  loader: file('content/glossary/begrippen.yaml', {
    parser: (text) => (parseYaml(text) as { term: string }[]).map((entry, order) => ({ id: glossaryId(entry.term), order, ...entry })),
  }),
  schema: glossaryEntrySchema,
});

export const collections = { sla, glossary };
