import type { Topology } from './types.js';

/** A GeoJSON polygon feature (what the boundaries decode to). */
export interface GeoFeature {
  type: 'Feature';
  id?: string;
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface GeoFeatureCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

/**
 * Decodes the polygons of one object of a TopoJSON topology into GeoJSON features (the spec's delta-encoded,
 * quantised arcs; a negative arc index ~i is arc i reversed). Only Polygon and MultiPolygon are needed here.
 */
export function topoFeatures(topology: Topology, object: string): GeoFeatureCollection {
  const collection = topology.objects[object];
  if (!collection) throw new Error(`topology has no object "${object}"`);
  const [kx, ky] = topology.transform?.scale ?? [1, 1];
  const [dx, dy] = topology.transform?.translate ?? [0, 0];
  const quantised = !!topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([px, py]) => {
      if (!quantised) return [px, py];
      x += px;
      y += py;
      return [x * kx + dx, y * ky + dy];
    });
  });
  const ring = (indices: number[]) => {
    const points: number[][] = [];
    indices.forEach((index, n) => {
      const arc = index < 0 ? [...arcs[~index]].reverse() : arcs[index];
      points.push(...(n === 0 ? arc : arc.slice(1)));
    });
    return points;
  };
  const features = collection.geometries.map((g): GeoFeature => {
    const properties = g.properties ?? {};
    if (g.type === 'Polygon') {
      return { type: 'Feature', id: g.id, properties, geometry: { type: 'Polygon', coordinates: (g.arcs as number[][]).map(ring) } };
    }
    if (g.type === 'MultiPolygon') {
      return { type: 'Feature', id: g.id, properties, geometry: { type: 'MultiPolygon', coordinates: (g.arcs as number[][][]).map((p) => p.map(ring)) } };
    }
    throw new Error(`topology object "${object}": unsupported geometry type ${g.type}`);
  });
  return { type: 'FeatureCollection', features };
}
