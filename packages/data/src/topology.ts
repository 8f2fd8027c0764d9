import { feature } from 'topojson-client';
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

/** The polygons of one object of a TopoJSON topology as GeoJSON features, decoded by topojson-client. */
export function topoFeatures(topology: Topology, object: string): GeoFeatureCollection {
  const collection = topology.objects[object];
  if (!collection) throw new Error(`topology has no object "${object}"`);
  return feature(topology, collection) as GeoFeatureCollection;
}
