import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ParkSchema, SourcesFileSchema } from '../src/catalog/schema';

// Editors validate data files as you type through their "$schema" reference to these files.
mkdirSync('data/schema', { recursive: true });
const write = (name: string, schema: z.ZodType) =>
  writeFileSync(`data/schema/${name}`, `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`);
write('park.schema.json', ParkSchema);
write('sources.schema.json', SourcesFileSchema);
console.log('wrote data/schema/park.schema.json and data/schema/sources.schema.json');
