import { z } from 'zod';
import { screenConfig } from '../src/config/schema.js';
import { bindingDefs, describeBindings } from './binding-json-schema.js';

/** Where the generated JSON Schema of the screen config lives. */
export const screenSchemaPath = new URL(
  '../../../data/schemas/screen.schema.json',
  import.meta.url,
);

/** The JSON Schema of a screen config as written by hand (defaults optional), as file text. */
export function screenJsonSchemaText(): string {
  const schema = z.toJSONSchema(screenConfig, {
    io: 'input',
    unrepresentable: 'any',
    override: describeBindings,
  });
  const document = {
    ...schema,
    $id: 'https://onescreen.invalid/schemas/screen.schema.json',
    title: 'onescreen screen config',
    description:
      'A 一屏览全域 screen: design size, scaling, theme, language, grid, feeds, panels of widgets bound to feeds by JSON pointer, carousel and watchdog. Generated from apps/command-screen/src/config/schema.ts; do not edit by hand.',
    $defs: { ...(schema.$defs as Record<string, unknown> | undefined), ...bindingDefs() },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
