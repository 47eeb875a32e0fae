import { z } from 'zod';
import type { FieldDecl } from './types.js';

/** What a field builder records about the zod schema it made (everything but the name). */
export type FieldMeta = Omit<FieldDecl, 'name'>;

/** Links each field schema to its declaration, so a domain schema can be read back as fields. */
export const fieldRegistry = z.registry<FieldMeta>();
