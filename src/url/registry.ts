import '../catalog/strict-zod';
import { z } from 'zod';
import { ChangeKindSchema, IdSchema, IndustrySchema, StatusSchema } from '../catalog/schema';
import { asofCodec, colsCodec, formatCols, formatSort, queryCodec, sortCodec } from './time-table-params';

/**
 * The one registry of URL parameters: the URL owns every shareable state. Each has a zod codec: `parse` turns the raw
 * string into a value or fails, `format` writes the shortest canonical string. Order here is the
 * order parameters are written in, so every state has exactly one URL.
 */
// Long enough for every industry at once (the property test found 300 too short), short enough to stop abuse.
export const MAX_PARAM_LENGTH = 500;

const idList = (min: number, max: number) =>
  z.string().transform((s, ctx) => {
    const ids = s.split(',').filter(Boolean);
    const unique = [...new Set(ids)];
    if (unique.length < min || unique.length > max) {
      ctx.addIssue({ code: 'custom', message: `needs ${min} to ${max} ids separated by commas` });
      return z.NEVER;
    }
    for (const id of unique) {
      if (!IdSchema.safeParse(id).success) {
        ctx.addIssue({ code: 'custom', message: `"${id}" is not a valid id` });
        return z.NEVER;
      }
    }
    return unique;
  });

const enumList = <T extends string>(schema: z.ZodType<T>) =>
  z.string().transform((s, ctx) => {
    const values: T[] = [];
    for (const part of new Set(s.split(',').filter(Boolean))) {
      const r = schema.safeParse(part);
      if (!r.success) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not a known value` });
        return z.NEVER;
      }
      values.push(r.data);
    }
    if (!values.length) {
      ctx.addIssue({ code: 'custom', message: 'is empty' });
      return z.NEVER;
    }
    return values.sort();
  });

export const CameraSchema = z.strictObject({
  zoom: z.number().min(0).max(22),
  lat: z.number().min(-85.06).max(85.06),
  lon: z.number().min(-180).max(180),
});
export type Camera = z.infer<typeof CameraSchema>;

const cameraCodec = z.string().transform((s, ctx) => {
  const parts = s.split('/');
  const numbers = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  const r = CameraSchema.safeParse({ zoom: numbers[0], lat: numbers[1], lon: numbers[2] });
  if (parts.length !== 3 || !r.success) {
    ctx.addIssue({ code: 'custom', message: 'must be zoom/lat/lon within range' });
    return z.NEVER;
  }
  return r.data;
});

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export const registry = {
  park: { parse: IdSchema, format: (v: string) => v },
  zone: { parse: IdSchema, format: (v: string) => v },
  project: { parse: IdSchema, format: (v: string) => v },
  compare: { parse: idList(2, 4), format: (v: string[]) => v.join(',') },
  industry: { parse: enumList(IndustrySchema), format: (v: string[]) => [...v].sort().join(',') },
  status: { parse: enumList(StatusSchema), format: (v: string[]) => [...v].sort().join(',') },
  lang: { parse: z.enum(['en', 'zh']), format: (v: 'en' | 'zh') => (v === 'en' ? undefined : v) },
  map: {
    parse: cameraCodec,
    format: (v: Camera) => `${round(v.zoom, 2)}/${round(v.lat, 5)}/${round(v.lon, 5)}`,
  },
  // Time and tables (issue 15): the date the atlas is read at, the projects view and its table.
  asof: { parse: asofCodec, format: (v: string) => v },
  // `data`: the Data page's downloads (issue 16); `changes`: "What's new" (issue 17).
  view: {
    parse: z.enum(['projects', 'data', 'changes'], { error: 'must be "projects", "data" or "changes"' }),
    format: (v: 'projects' | 'data' | 'changes') => v,
  },
  sort: { parse: sortCodec, format: formatSort },
  cols: { parse: colsCodec, format: formatCols },
  q: { parse: queryCodec, format: (v: string) => v },
  // Reuse (issue 16): the view framed on another site — map and a short card, no header or panel.
  embed: { parse: z.literal('1', { error: 'must be "1"' }).transform(() => true as const), format: (v: true) => (v ? '1' : undefined) },
  // History (issue 17): `view=changes` is "What's new"; `kind=` narrows it to kinds of change.
  kind: { parse: enumList(ChangeKindSchema), format: (v: string[]) => [...v].sort().join(',') },
} as const;

export type ParamName = keyof typeof registry;
export const PARAM_NAMES = Object.keys(registry) as ParamName[];

/** Everything shareable, as the URL holds it. */
export type UrlState = { [K in ParamName]?: z.output<(typeof registry)[K]['parse']> };
