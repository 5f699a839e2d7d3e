/**
 * The projects table's columns, in display order: the link's `sort=` and `cols=` name them, so the
 * URL registry and the table model agree on one list.
 */
export const TABLE_COLUMNS = ['name', 'park', 'zone', 'kind', 'companies', 'investment', 'status', 'date', 'location', 'sources'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/**
 * Shown when the link chooses none: every column. The name column is always shown (it opens the project).
 * @alias a name of its own for the default, which happens to be every column today
 */
export const DEFAULT_COLUMNS: readonly TableColumn[] = TABLE_COLUMNS;

export type TableSort = { column: TableColumn; descending: boolean };
