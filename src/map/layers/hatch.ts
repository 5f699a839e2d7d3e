/**
 * The diagonal hatch for approximate boundaries, as raw RGBA for `map.addImage` (there is no
 * sprite server: the basemap is offline). A tile of `size` px with one anti-aliased diagonal line, so
 * tiles join seamlessly; drawn at pixelRatio 2 it repeats every size/2 CSS pixels.
 */
export type RawImage = { width: number; height: number; data: Uint8Array };

export function hatchPattern(size = 20, rgb: [number, number, number] = [51, 65, 85], alpha = 150, thickness = 1.5): RawImage {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Distance from the pixel centre to the nearest line x + y ≡ 0 (mod size), which wraps.
      const d = (x + y + 1) % size;
      const dist = Math.min(d, size - d) / Math.SQRT2;
      const coverage = Math.max(0, Math.min(1, thickness / 2 + 0.5 - dist));
      const i = (y * size + x) * 4;
      data[i] = rgb[0];
      data[i + 1] = rgb[1];
      data[i + 2] = rgb[2];
      data[i + 3] = Math.round(alpha * coverage);
    }
  }
  return { width: size, height: size, data };
}
