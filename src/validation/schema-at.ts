// The part of a zod schema that validates a given path of the data, to name the
// keys an object may hold when a key is not one of them.
import { z } from 'zod';

type Path = readonly (string | number)[];

/** The schema under defaults, optionals, nullables and refinements. */
function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodEffects) s = s.innerType();
    else if (s instanceof z.ZodDefault) s = s.removeDefault();
    else if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap();
    else return s;
  }
}

/** The object schema at `path` in `data` (a discriminated union picks the option the data names), or null. */
function objectAt(schema: z.ZodTypeAny, data: unknown, path: Path): z.AnyZodObject | null {
  let s = unwrap(schema);
  let value = data;
  for (let i = 0; ; i++) {
    if (s instanceof z.ZodDiscriminatedUnion) {
      const tag = (value as Record<string, unknown> | null)?.[s.discriminator];
      const option = s.optionsMap.get(tag as z.Primitive);
      if (!option) return null;
      s = option;
    }
    if (i === path.length) return s instanceof z.ZodObject ? s : null;
    const key = path[i];
    if (s instanceof z.ZodObject && typeof key === 'string') s = unwrap(s.shape[key] ?? z.never());
    else if (s instanceof z.ZodArray && typeof key === 'number') s = unwrap(s.element);
    else if (s instanceof z.ZodRecord) s = unwrap(s.valueSchema);
    else return null;
    value = (value as Record<string | number, unknown> | null)?.[key];
  }
}

/** The keys the object at `path` may hold, or an empty list when the schema there is not an object. */
export function knownKeysAt(schema: z.ZodTypeAny, data: unknown, path: Path): string[] {
  return Object.keys(objectAt(schema, data, path)?.shape ?? {});
}
