import { bindingSchema, TRANSFORMS, VIEWS } from '@onescreen/core';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/**
 * One transform's or view's spec as a self-contained JSON Schema (no `$schema`, no `$ref`), to be
 * placed inside the screen schema.
 */
function specSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  if (JSON.stringify(rest).includes('"$ref"'))
    throw new Error('a binding spec schema needs $defs; inline it before publishing');
  return rest;
}

/** A transform step: exactly one key naming a transform, with that transform's spec. */
function transformSteps(): JsonSchema[] {
  return Object.entries(TRANSFORMS).map(([key, def]) => ({
    type: 'object',
    properties: { [key]: specSchema(def.schema) },
    required: [key],
    additionalProperties: false,
  }));
}

/** A view: its `kind`, then exactly the fields that kind reads. */
function viewMappings(): JsonSchema[] {
  return Object.entries(VIEWS).map(([kind, def]) => {
    const spec = specSchema(def.schema);
    const properties = (spec.properties ?? {}) as JsonSchema;
    const required = (spec.required ?? []) as string[];
    return {
      ...spec,
      properties: { kind: { const: kind }, ...properties },
      required: ['kind', ...required],
    };
  });
}

/** Where the spelled-out transform step and view live in the screen schema. */
const DEFS = { transform: 'bindingTransform', view: 'bindingView' } as const;

/** The `$defs` entries that `describeBindings` points at. */
export function bindingDefs(): JsonSchema {
  return {
    [DEFS.transform]: {
      description: 'One transform: a single key naming it, with its spec',
      oneOf: transformSteps(),
    },
    [DEFS.view]: {
      description: 'A view kind and the fields it reads',
      oneOf: viewMappings(),
    },
  };
}

/**
 * A `z.toJSONSchema` override that points a binding's transforms and view at `bindingDefs()`.
 * The zod schema checks them step by step in a transform, which JSON Schema cannot see, so
 * without this an editor would accept any object as a transform and any mapping as a view.
 */
export function describeBindings(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const shape = (bindingSchema as unknown as { shape: Record<string, unknown> }).shape;
  if (ctx.zodSchema === shape.transforms) {
    ctx.jsonSchema.items = { $ref: `#/$defs/${DEFS.transform}` };
  } else if (ctx.zodSchema === shape.view) {
    for (const key of Object.keys(ctx.jsonSchema))
      if (key !== 'description') delete ctx.jsonSchema[key];
    ctx.jsonSchema.$ref = `#/$defs/${DEFS.view}`;
  }
}
