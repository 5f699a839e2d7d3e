import '../catalog/strict-zod';
import { z } from 'zod';
import { DEFAULT_COLUMNS, TABLE_COLUMNS, type TableColumn, type TableSort } from '../catalog/table-columns';

/**
 * Codecs for the time and table parameters (issue 15), kept out of registry.ts so it stays short.
 * `asof=YYYY` or `asof=YYYY-MM`: the date the whole atlas is read at (the end of that year or month).
 */
// A refinement, not .regex(): its issue is 'custom', so the link notice keeps these plain words.
export const asofCodec = z
  .string()
  .refine((s) => /^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/.test(s), 'must be a year (YYYY) or a month (YYYY-MM)');

/** `sort=investment:desc`; ascending is the default and not written. */
export const sortCodec = z.string().transform((s, ctx): TableSort => {
  const [column, direction, ...rest] = s.split(':');
  if (
    !(TABLE_COLUMNS as readonly string[]).includes(column ?? '') ||
    rest.length ||
    (direction !== undefined && direction !== 'asc' && direction !== 'desc')
  ) {
    ctx.addIssue({ code: 'custom', message: `must be a column (${TABLE_COLUMNS.join(', ')}) with :asc or :desc` });
    return z.NEVER;
  }
  return { column: column as TableColumn, descending: direction === 'desc' };
});
export const formatSort = (v: TableSort) => `${v.column}${v.descending ? ':desc' : ''}`;

/** `cols=name,park,investment`: the columns shown, always written in the table's order; the name is always one. */
export const colsCodec = z.string().transform((s, ctx): TableColumn[] => {
  const wanted = new Set(s.split(',').filter(Boolean));
  const unknown = [...wanted].find((c) => !(TABLE_COLUMNS as readonly string[]).includes(c));
  if (unknown !== undefined || !wanted.size) {
    ctx.addIssue({ code: 'custom', message: unknown !== undefined ? `"${unknown}" is not a column` : 'is empty' });
    return z.NEVER;
  }
  return TABLE_COLUMNS.filter((c) => c === 'name' || wanted.has(c));
});
/** Every column is the default and is not written. */
export const formatCols = (v: readonly TableColumn[]) => (v.length === DEFAULT_COLUMNS.length ? undefined : v.join(','));

/** `q=`: the table's text filter, trimmed; whitespace alone is no filter. */
export const queryCodec = z.string().transform((s, ctx) => {
  const text = s.trim().replace(/\s+/g, ' ');
  if (!text) {
    ctx.addIssue({ code: 'custom', message: 'is empty' });
    return z.NEVER;
  }
  // By code point, so a cut never splits a surrogate pair; trimmed again so the cut never ends in a space.
  return Array.from(text).slice(0, 100).join('').trim();
});
