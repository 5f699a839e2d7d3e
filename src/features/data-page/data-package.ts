import '../../catalog/strict-zod';
import { z } from 'zod';

/**
 * The part of downloads/datapackage.json the Data page shows, checked at load: the file is built
 * with the atlas, but a host may serve an older or a broken one, and it is never trusted blind.
 */
const FieldSchema = z.object({ name: z.string(), type: z.string(), description: z.string().optional() });
const ResourceSchema = z.object({
  name: z.string(),
  path: z.string().regex(/^[\w.-]+$/),
  title: z.string().optional(),
  description: z.string().optional(),
  format: z.string(),
  bytes: z.number().optional(),
  schema: z.object({ fields: z.array(FieldSchema) }).optional(),
});
export const DataPackageSchema = z.object({
  version: z.string(),
  created: z.string(),
  licenses: z.array(z.object({ name: z.string(), title: z.string(), path: z.string() })).min(1),
  resources: z.array(ResourceSchema).min(1),
});
export type DataPackage = z.infer<typeof DataPackageSchema>;

export const DOWNLOADS = 'downloads/';

export async function loadDataPackage(): Promise<DataPackage> {
  const response = await fetch(`${DOWNLOADS}datapackage.json`);
  if (!response.ok) throw new Error(`${DOWNLOADS}datapackage.json: HTTP ${response.status}`);
  const parsed = DataPackageSchema.safeParse(await response.json());
  if (!parsed.success)
    throw new Error(`${DOWNLOADS}datapackage.json: ${parsed.error.issues[0]?.path.join('.') || '$'} ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export const sizeText = (bytes: number | undefined) =>
  bytes === undefined ? '' : bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
