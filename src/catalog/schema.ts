import './strict-zod';
import { z } from 'zod';

/**
 * The one schema of the curated catalog (data/parks/*.json, data/sources.json).
 * Every type the app uses is inferred from here; nothing is written twice.
 * Curated data is strict: an unknown key is an error, not silently dropped.
 */

export const IdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens');

/** A date as precise as the source gives it: a year, a month or a day. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');

export const ConfidenceSchema = z.enum(['high', 'medium-high', 'medium', 'low']);

/**
 * How one cited source prints a figure, a date or a name: only the figure itself (number, unit,
 * qualifier) in the source's own language and script ("23亿元", "more than 1,500", "5.4 sq. km"),
 * and where it stands ("headline", "paragraph 4", "table row 'Output'"). Never the source's sentence.
 */
export const PrintedSchema = z.strictObject({
  source: IdSchema,
  as: z.string().min(1).max(80),
  at: z.string().min(1).max(80),
  /** BCP 47 language of `as`, set as `lang` where it is shown ("zh-Hans", "zh-Hant", "en", "ja"). */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
    .optional(),
});

/** A value we computed (a conversion, a sum of parts, an area from a drawn outline): how, from what. */
export const ComputedSchema = z.strictObject({
  formula: z.string().min(1),
  inputs: z.array(z.string().min(1)).min(1),
});

/** Where no printed form could be established: said so, shown so, and counted apart by the validator. */
export const UnverifiedSchema = z.strictObject({ reason: z.string().min(1) });

/** Where a Chinese name (or an English one) comes from, when it is not the park's own sources. */
export const NameEvidenceSchema = z.strictObject({
  sources: z.array(IdSchema).min(1),
  printed: z.array(PrintedSchema).optional(),
  confidence: ConfidenceSchema.optional(),
  unverified: UnverifiedSchema.optional(),
});

export const NameSchema = z.strictObject({
  en: z.string().min(1),
  zh: z.string().min(1).optional(),
  /** Other spellings the sources print (e.g. "Daiso Youth Town"): searchable, shown as "also printed as". */
  aka: z.array(z.string().min(1)).optional(),
  /** The English name is our own descriptive label, printed by no source: shown as ours. */
  enIsOurs: z.boolean().optional(),
  /** Evidence for `en` / `zh` where the entity's own sources do not print it. */
  enEvidence: NameEvidenceSchema.optional(),
  zhEvidence: NameEvidenceSchema.optional(),
});

/** A controlled vocabulary, so filters and comparisons match across parks; labels live in format. */
export const IndustrySchema = z.enum([
  'biopharma',
  'traditional-chinese-medicine',
  'new-drug-development',
  'vaccines',
  'antibodies',
  'biological-products',
  'gene-and-cell-therapy',
  'small-molecule-drugs',
  'chemical-drugs',
  'specialty-chemicals',
  'new-materials',
  'biomedical-materials',
  'medical-devices',
  'biomedical-engineering',
  'pharmaceutical-logistics',
  'clinical-research',
  'inspection-and-testing',
  'digital-health',
]);

export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** The document's own date; absent when the document is undated. */
  date: PartialDateSchema.optional(),
  /** For undated documents: what the date is inferred to be, and why. Never shown as a fact. */
  dateInferred: z.strictObject({ date: PartialDateSchema, reason: z.string().min(1) }).optional(),
  /** How the document prints its own `date` ("Updated: 2020-06-24", "2022年07月15日") and where. */
  datePrinted: z.strictObject({ as: z.string().min(1).max(80), at: z.string().min(1).max(80) }).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The local copy of a commissioning document, relative to shared/sources/. */
  file: z.string().optional(),
  kind: z.enum(['commissioning-document', 'located-fact']),
  confidence: ConfidenceSchema.optional(),
  note: z.string().optional(),
});

export const SourcesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(SourceSchema).min(1),
});

/** `mu` (亩, 1/15 ha) is kept as printed: converting it would be our computation, not the source's figure. */
export const UnitSchema = z.enum(['km2', 'm2', 'ha', 'CNY', 'USD', 'companies', 'count', 'percent', 'per-day', 'km', 'mu']);
/** `nearly` (近, 将近, "nearly", "almost"): just under the figure, which "about" would misreport. */
export const QualifierSchema = z.enum(['more-than', 'about', 'at-least', 'up-to', 'within', 'nearly']);
/** How the source wrote the magnitude, so "¥2.3 bn" and "¥560 M" read as printed. */
export const MagnitudeSchema = z.enum(['thousand', 'million', 'billion']);

export const FigureValueSchema = z.strictObject({
  value: z.number(),
  unit: UnitSchema,
  qualifier: QualifierSchema.optional(),
  magnitude: MagnitudeSchema.optional(),
  /** The date the figure is true of (or the source's date when the source gives none). */
  asOf: PartialDateSchema,
  /** True when asOf is inferred (e.g. from an undated source), not printed. */
  asOfInferred: z.boolean().optional(),
  /** Why asOf is inferred ("date in the page's address", "year of the events reported"). */
  inferredBecause: z.string().min(1).optional(),
  /** What exactly the figure measures, in our words ("planned construction area", "biomedicine revenue"). */
  scope: z.string().min(1),
  /**
   * Whether the figure is about the whole entity it is filed under (default), only part of it, or
   * a wider area that contains it. Derived measures (output per km²) need 'whole' on both sides.
   */
  coverage: z.enum(['whole', 'part', 'wider-area', 'uncertain']).optional(),
  sources: z.array(IdSchema).min(1),
  /** For each source in `sources`: how it prints this value, and where (the evidence issue). */
  printed: z.array(PrintedSchema).optional(),
  /** A value we computed rather than read: the formula and its inputs. */
  computed: ComputedSchema.optional(),
  /** No printed form could be established: why. */
  unverified: UnverifiedSchema.optional(),
  /** A value the source prints ambiguously is carried as printed and flagged. */
  flag: z.enum(['ambiguous-as-printed', 'target', 'estimate']).optional(),
  /** For targets: the horizon as the source states it ("within five years"). */
  horizon: z.string().min(1).optional(),
  note: z.string().optional(),
});

/** A figure may hold several values when sources disagree; they are shown side by side. */
export const FigureSchema = z.strictObject({
  values: z.array(FigureValueSchema).min(1),
  /**
   * How several values relate: sources that disagree (the default, shown as such), different
   * measures of one thing (total vs land area), parts of a sum, or one value in another currency.
   */
  relation: z.enum(['disagree', 'different-measures', 'parts', 'conversion']).optional(),
  note: z.string().optional(),
});

export const KeyFigureSchema = z.strictObject({
  kind: z.enum(['output', 'revenue', 'companies', 'target', 'approvals', 'share', 'other']),
  label: NameSchema,
  figure: FigureSchema,
});

export const PositionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const LinearRingSchema = z.array(PositionSchema).min(4);
export const PolygonSchema = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(LinearRingSchema).min(1) });
export const MultiPolygonSchema = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(LinearRingSchema).min(1)).min(1),
});
export const PointSchema = z.strictObject({ type: z.literal('Point'), coordinates: PositionSchema });

export const GeometryConfidenceSchema = z.enum(['surveyed', 'digitised', 'approximate']);

export const BoundarySchema = z.strictObject({
  geometry: z.union([PolygonSchema, MultiPolygonSchema]),
  confidence: GeometryConfidenceSchema,
  /** How it was drawn, for a reader: which descriptions and located facts it follows. */
  method: z.string().min(1),
  sources: z.array(IdSchema),
});

export const LocationSchema = z.strictObject({
  point: PointSchema,
  /** exact: surveyed or an address geocoded; approximate: placed from a description; site-unknown: shown inside its zone or park only for orientation. */
  confidence: z.enum(['exact', 'approximate', 'site-unknown']),
  /** For a location we estimated: the radius (metres) within which the place should lie; drawn as a ring. */
  uncertaintyM: z.number().positive().optional(),
  method: z.string().min(1),
  sources: z.array(IdSchema),
});

export const StatusSchema = z.enum([
  'announced',
  'signed',
  'construction-started',
  'construction-restarted',
  'civil-works-completed',
  'fit-out-and-commissioning',
  'operating',
  'stage-unknown',
]);

export const StatusStepSchema = z.strictObject({
  status: StatusSchema,
  date: PartialDateSchema,
  dateInferred: z.boolean().optional(),
  /** Why the date is inferred. */
  inferredBecause: z.string().min(1).optional(),
  sources: z.array(IdSchema).min(1),
  printed: z.array(PrintedSchema).optional(),
  unverified: UnverifiedSchema.optional(),
  note: z.string().optional(),
});

/** A dated event that is not a stage of construction (a listing, an award, a programme): never a status. */
export const MilestoneSchema = z.strictObject({
  date: PartialDateSchema,
  dateInferred: z.boolean().optional(),
  inferredBecause: z.string().min(1).optional(),
  /** Our words. */
  label: NameSchema,
  sources: z.array(IdSchema).min(1),
  printed: z.array(PrintedSchema).optional(),
  unverified: UnverifiedSchema.optional(),
});

export const ProjectKindSchema = z.enum([
  'vaccine-plant',
  'antibody-plant',
  'drug-plant',
  'pharma-park',
  'industrial-park',
  'materials-plant',
  'medical-devices',
  'research-institute',
  'infrastructure',
  'restructuring',
  'talent-programme',
]);

export const CompanySchema = z.strictObject({
  name: NameSchema,
  note: z.string().optional(),
  /** A company the sources' name may refer to, not confirmed by them. */
  possibleIdentity: z
    .strictObject({ name: NameSchema, confidence: ConfidenceSchema, reason: z.string().min(1), sources: z.array(IdSchema) })
    .optional(),
});

export const ProjectSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  companies: z.array(CompanySchema),
  kind: ProjectKindSchema,
  summary: z.string().min(1),
  investment: FigureSchema.optional(),
  otherFigures: z.array(KeyFigureSchema).optional(),
  statusHistory: z.array(StatusStepSchema).min(1),
  milestones: z.array(MilestoneSchema).optional(),
  focusIndustries: z.array(IndustrySchema).optional(),
  location: LocationSchema,
  zoneId: IdSchema.optional(),
  sources: z.array(IdSchema).min(1),
});

/** What the sources report only in total ("18 projects restarted"): kept whole, never split. */
export const AggregateSchema = z.strictObject({
  id: IdSchema,
  label: NameSchema,
  count: FigureSchema.optional(),
  investment: FigureSchema.optional(),
  status: StatusSchema.optional(),
  summary: z.string().min(1),
  zoneId: IdSchema.optional(),
  location: LocationSchema.optional(),
  sources: z.array(IdSchema).min(1),
});

export const ZoneSchema = z
  .strictObject({
    id: IdSchema,
    name: NameSchema,
    /** The role the zone plays in the park's structure, e.g. "One Port". */
    role: z.string().optional(),
    area: FigureSchema.optional(),
    focusIndustries: z.array(IndustrySchema),
    facilities: z.array(z.string().min(1)).optional(),
    summary: z.string().min(1),
    /** Absent when no source publishes the zone's outline: then it is drawn at `location`, with its uncertainty. */
    boundary: BoundarySchema.optional(),
    /** Where the zone lies when it has no boundary (a point with its confidence and uncertainty radius). */
    location: LocationSchema.optional(),
    milestones: z.array(MilestoneSchema).optional(),
    sources: z.array(IdSchema).min(1),
  })
  .refine((zone) => !!zone.boundary || !!zone.location, {
    message: 'a zone needs a boundary or, where none is published, a location',
    path: ['location'],
  });

export const InstitutionSchema = z.strictObject({
  name: NameSchema,
  kind: z.enum(['company', 'institute', 'platform', 'finance', 'public-service']),
  note: z.string().optional(),
  milestones: z.array(MilestoneSchema).optional(),
  sources: z.array(IdSchema).min(1),
});

export const LandmarkFactSchema = z.strictObject({
  text: z.string().min(1),
  distance: FigureSchema.optional(),
  /** The park, zone or project the landmark fact is about, when it is one of ours. */
  refers: IdSchema.optional(),
  sources: z.array(IdSchema).min(1),
  /** How the sources print the fact's key words (e.g. the place name), when there is no figure. */
  printed: z.array(PrintedSchema).optional(),
});

export const ParkSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  name: NameSchema,
  kind: z.enum(['pharma-park', 'development-zone', 'new-area', 'reference-park']),
  /** A reference park is carried only for comparison: the figures the sources give, no zones drawn. */
  reference: z.boolean().optional(),
  parentId: IdSchema.optional(),
  country: z.literal('CN'),
  region: NameSchema,
  summary: z.string().min(1),
  structure: z.string().optional(),
  area: FigureSchema.optional(),
  keyFigures: z.array(KeyFigureSchema),
  focusIndustries: z.array(IndustrySchema),
  landmarks: z.array(LandmarkFactSchema),
  institutions: z.array(InstitutionSchema),
  /** Where to put the park's label and centre the map when no boundary is drawn. */
  location: LocationSchema,
  boundary: BoundarySchema.optional(),
  zones: z.array(ZoneSchema),
  projects: z.array(ProjectSchema),
  aggregates: z.array(AggregateSchema),
  milestones: z.array(MilestoneSchema).optional(),
  /** Boundary roads or limits as the sources print them, when no outline is published. */
  boundaryNote: z.string().min(1).optional(),
  sources: z.array(IdSchema).min(1),
});

/** Renamed ids keep old links working: a saved link to `from` opens `to`. */
export const RedirectSchema = z.strictObject({
  kind: z.enum(['park', 'zone', 'project']),
  from: IdSchema,
  to: IdSchema,
  /** For zones: the park the zone belongs to (zone ids are unique within their park only). */
  parkId: IdSchema.optional(),
  /** For zones that moved to another park: the park that holds `to` (default: `parkId`). */
  toParkId: IdSchema.optional(),
  since: PartialDateSchema,
  note: z.string().optional(),
});
export const RedirectsFileSchema = z.strictObject({ $schema: z.string().optional(), redirects: z.array(RedirectSchema) });

/** The ids of the previous release: each must still exist or have a redirect. */
export const ReleasedIdsSchema = z.strictObject({
  release: z.string().min(1),
  parks: z.array(IdSchema),
  /** `${parkId}/${zoneId}` */
  zones: z.array(z.string()),
  projects: z.array(IdSchema),
});

/**
 * `[id, English name, Chinese name?]`: a zone or project as the catalog index lists it. Its id is
 * not checked again as kebab-case: the park file it comes from was (and at 100,000 projects the
 * check was a fifth of the index's load time).
 */
const IndexedNameSchema = z.tuple([z.string().min(1), z.string().min(1), z.string().min(1).optional()]);

/**
 * One park in data/index.json, written by the build (scripts/vite-plugin-atlas-data.ts) from the
 * park's file: enough to list, search, place and link the park before (or without) loading it.
 * Only `id` is sure to be there: a file that fails validation is still listed by id, and the
 * loader reports it by name when it is fetched.
 */
export const IndexEntrySchema = z.object({
  id: IdSchema,
  /** Left out when it is the usual parks/<id>.json. */
  file: z
    .string()
    .regex(/^[\w-]+(\/[\w-]+)*\.json$/, 'a relative path to a .json file under data/')
    .optional(),
  parent: IdSchema.optional(),
  name: z.object({ en: z.string().min(1), zh: z.string().min(1).optional() }).optional(),
  region: z.string().optional(),
  /** The region's Chinese name, where the park's file gives one (the list's group headings in Chinese). */
  regionZh: z.string().optional(),
  reference: z.literal(true).optional(),
  /** [west, south, east, north] of the park as drawn (boundary, zones, else its location). */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  zones: z.array(IndexedNameSchema).optional(),
  projects: z.array(IndexedNameSchema).optional(),
});

export type IndexEntry = z.infer<typeof IndexEntrySchema>;
export type Redirect = z.infer<typeof RedirectSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type SourcesFile = z.infer<typeof SourcesFileSchema>;
export type FigureValue = z.infer<typeof FigureValueSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type KeyFigure = z.infer<typeof KeyFigureSchema>;
export type Boundary = z.infer<typeof BoundarySchema>;
export type Location = z.infer<typeof LocationSchema>;
export type ProjectStatus = z.infer<typeof StatusSchema>;
export type StatusStep = z.infer<typeof StatusStepSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Aggregate = z.infer<typeof AggregateSchema>;
export type Zone = z.infer<typeof ZoneSchema>;
export type Park = z.infer<typeof ParkSchema>;
export type Industry = z.infer<typeof IndustrySchema>;
export type Name = z.infer<typeof NameSchema>;
export type Printed = z.infer<typeof PrintedSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type Position = z.infer<typeof PositionSchema>;

// History (issue 17): a release's snapshot of every fact (data/releases/*.json, written by
// `npm run release`) and the typed change records the build derives from consecutive releases.
/** `park:<id>`, `zone:<parkId>/<zoneId>` or `project:<id>`. */
export const EntityKeySchema = z
  .string()
  .regex(
    /^(park:[a-z0-9-]+|zone:[a-z0-9-]+\/[a-z0-9-]+|project:[a-z0-9-]+)$/,
    'entity keys are park:<id>, zone:<park>/<zone> or project:<id>',
  );
/** `[key, park id, English name, Chinese name?]`. */
export const SnapshotEntitySchema = z.tuple([EntityKeySchema, IdSchema, z.string().min(1), z.string().min(1).optional()]);
/** `[key, field, value, unit, qualifier, asOf, sources]`: one cited value; `""` where a fact has no unit, qualifier or date. */
export const SnapshotFactSchema = z.tuple([
  EntityKeySchema,
  z.string().min(1),
  z.union([z.number(), z.string()]),
  z.string(),
  z.string(),
  z.string(),
  z.array(IdSchema),
]);
export const ReleaseSchema = z.strictObject({
  /** The file's name without `.json`: `<YYYY-MM-DD>-<slug>`. */
  release: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a release is named <YYYY-MM-DD>-<slug>'),
  /** When the release was cut (RFC 3339, UTC). */
  date: z.iso.datetime(),
  note: z.string().min(1),
  /** Where the catalog was read from, e.g. "git 60da183" for a release reconstructed from history. */
  from: z.string().min(1).optional(),
  entities: z.array(SnapshotEntitySchema),
  /** `[kind, old key, new key]` from data/redirects.json. */
  redirects: z.array(z.tuple([z.enum(['park', 'zone', 'project']), EntityKeySchema, EntityKeySchema])),
  facts: z.array(SnapshotFactSchema),
});
export const ChangeKindSchema = z.enum([
  'added',
  'removed',
  'status-step-added',
  'value-added',
  'value-revised',
  'value-withdrawn',
  'source-added',
  'source-withdrawn',
  'boundary-redrawn',
]);
export const FactStateSchema = z.strictObject({
  value: z.union([z.number(), z.string()]),
  unit: z.string().optional(),
  qualifier: z.string().optional(),
  asOf: z.string().optional(),
  sources: z.array(IdSchema),
});
export const ChangeSchema = z.strictObject({
  /** Stable: the same change in the same release always gets the same id (the feeds' entry ids). */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  release: z.string(),
  date: z.iso.datetime(),
  kind: ChangeKindSchema,
  entity: EntityKeySchema,
  park: IdSchema,
  name: z.strictObject({ en: z.string(), zh: z.string().optional() }),
  field: z.string().optional(),
  from: FactStateSchema.optional(),
  to: FactStateSchema.optional(),
  /** For a removed entity: the key its redirect leads to. */
  redirect: EntityKeySchema.optional(),
});
export const ChangesFileSchema = z.strictObject({
  releases: z.array(z.strictObject({ release: z.string(), date: z.iso.datetime(), note: z.string(), changes: z.number().int() })),
  changes: z.array(ChangeSchema),
});
/** changes/index.json: the releases, and the parks that have a changes/parks/<id>.json (no request for the others). */
export const ChangesIndexSchema = z.strictObject({
  releases: ChangesFileSchema.shape.releases,
  parks: z.array(IdSchema),
});
export type ChangesIndex = z.infer<typeof ChangesIndexSchema>;
export type Release = z.infer<typeof ReleaseSchema>;
export type SnapshotFact = z.infer<typeof SnapshotFactSchema>;
export type SnapshotEntity = z.infer<typeof SnapshotEntitySchema>;
export type ChangeKind = z.infer<typeof ChangeKindSchema>;
export type FactState = z.infer<typeof FactStateSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type ChangesFile = z.infer<typeof ChangesFileSchema>;
