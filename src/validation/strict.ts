// Makes every object in a schema refuse keys it does not know, so a misspelt
// setting is an error instead of silently falling back to its default. Applied
// once to a whole schema, it also covers objects added to it later.
import { z } from 'zod';

function strict(s: z.ZodTypeAny): z.ZodTypeAny {
  if (s instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(s.shape as z.ZodRawShape).map(([key, value]) => [key, strict(value)]));
    return new z.ZodObject({ ...s._def, shape: () => shape, unknownKeys: 'strict' });
  }
  if (s instanceof z.ZodEffects) return new z.ZodEffects({ ...s._def, schema: strict(s._def.schema) });
  if (s instanceof z.ZodDefault) return new z.ZodDefault({ ...s._def, innerType: strict(s._def.innerType) });
  if (s instanceof z.ZodOptional) return new z.ZodOptional({ ...s._def, innerType: strict(s._def.innerType) });
  if (s instanceof z.ZodNullable) return new z.ZodNullable({ ...s._def, innerType: strict(s._def.innerType) });
  if (s instanceof z.ZodArray) return new z.ZodArray({ ...s._def, type: strict(s._def.type) });
  if (s instanceof z.ZodRecord) return new z.ZodRecord({ ...s._def, valueType: strict(s._def.valueType) });
  if (s instanceof z.ZodUnion) return new z.ZodUnion({ ...s._def, options: s._def.options.map(strict) });
  if (s instanceof z.ZodDiscriminatedUnion) {
    const options = (s.options as z.AnyZodObject[]).map((o) => strict(o) as z.AnyZodObject);
    return z.discriminatedUnion(s.discriminator, options as [z.AnyZodObject, ...z.AnyZodObject[]], { description: s.description });
  }
  return s;
}

/** `schema` with every object in it strict (unknown keys refused); same type. */
export function strictEverywhere<T extends z.ZodTypeAny>(schema: T): T {
  return strict(schema) as T;
}
