import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { atlasLayers } from '../../src/map/layers/atlas-style';
import { perFeature } from '../../src/map/layers/expressions';

type Spec = Parameters<typeof createPropertyExpression>[2];

/**
 * How MapLibre binds each paint property of a layer into its WebGL program (its
 * ProgramConfiguration's cache key): a uniform (constant, or by zoom alone), an attribute (per
 * feature), or an attribute with a zoom interpolation (per feature and by zoom). Layers of one
 * type with the same binding draw with one program.
 */
function binding(layer: LayerSpecification): string {
  const specs = (latest as unknown as Record<string, Record<string, Spec & { 'property-type'?: string }>>)[`paint_${layer.type}`] ?? {};
  const paint = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
  return Object.entries(specs)
    .filter(([, spec]) => spec['property-type'] === 'data-driven')
    .map(([name, spec]) => {
      const value = paint?.[name] ?? spec.default;
      if (value === undefined) return `${name}:u`;
      const parsed = createPropertyExpression(value, `${layer.id}.${name}`, spec);
      if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}: ${JSON.stringify(parsed.value)}`);
      const { kind } = parsed.value;
      return `${name}:${kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u'}`;
    })
    .sort()
    .join(' ');
}

const layersOf = (type: string) => {
  const { geometry, labels } = atlasLayers('en');
  return [...geometry, ...labels].filter((l) => l.type === type);
};

describe('the atlas draws each layer type with one WebGL program', () => {
  it.each(['circle', 'line', 'symbol'])('every atlas %s layer binds its paint properties alike', (type) => {
    const layers = layersOf(type);
    expect(layers.length).toBeGreaterThan(1);
    const bindings = new Map(layers.map((l) => [l.id, binding(l)]));
    const [first] = bindings.values();
    for (const [id, b] of bindings) expect({ id, binding: b }).toEqual({ id, binding: first });
  });

  it('tells a constant from a per-feature value (the check can tell layers apart)', () => {
    const layer = (color: unknown) => ({ id: 'x', type: 'circle', source: 's', paint: { 'circle-color': color } }) as LayerSpecification;
    expect(binding(layer('#ffffff'))).not.toEqual(binding(layer(perFeature('#ffffff'))));
    expect(binding(layer(['get', 'colour']))).toEqual(binding(layer(perFeature('#ffffff'))));
  });
});
