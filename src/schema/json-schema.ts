import * as z from 'zod';
import { OutputRecord, SCHEMA_VERSION } from './output.js';

/** JSON Schema of one output record (a document or an error record). */
export function outputJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(OutputRecord, { target: 'draft-2020-12' }) as Record<string, unknown>),
    $id: `https://stance.invalid/schema/output.v${SCHEMA_VERSION}.json`,
    title: `stance output record, schemaVersion ${SCHEMA_VERSION}`,
  };
}
