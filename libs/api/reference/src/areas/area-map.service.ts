import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig, FieldDomainException, NotFoundDomainException } from '@walikota/api-platform';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Repository } from 'typeorm';
import { WILAYAH_DIR } from '../seed/wilayah';
import { AreaEntity } from './area.entity';
import { AreaBoundariesDto, AreaFeatureDto, AreaFeatureLevel, AreaLocationDto } from './area-map.dto';
import { BoundingBox, Geometry, Position, boundingBox, containsPoint, inBoundingBox, roundGeometry, squaredDistance } from './geometry';

/** Polygons of the municipality's areas (`data/wilayah/boundaries/<code>.geojson`, MIT, Cahya DSN). */
export const BOUNDARIES_DIR = path.join(WILAYAH_DIR, 'boundaries');
export const BOUNDARIES_ATTRIBUTION = 'Batas wilayah: Kepmendagri 300.2.2-2138/2025, via wilayah_boundaries © Cahya DSN (MIT)';

interface SourceFeature {
  properties: { code: string; name: string; level: 'regency' | 'district' | 'village'; centroid: [number, number] };
  geometry: Geometry;
}

interface Shape {
  code: string;
  name: string;
  level: AreaFeatureLevel;
  centroid: Position;
  geometry: Geometry;
  box: BoundingBox;
}

interface Loaded {
  municipality: Shape;
  kecamatan: Shape[];
  kelurahan: Shape[];
}

const LEVELS: Record<SourceFeature['properties']['level'], AreaFeatureLevel> = {
  regency: 'municipality',
  district: 'kecamatan',
  village: 'kelurahan',
};

/**
 * The city on a map without a tile server: its kecamatan and kelurahan polygons, and the answer
 * to "which kelurahan is this point in" (filing a report with a point, Open311 `lat`/`long`).
 * The polygons are read once per process (a city's file is a few hundred kilobytes); the
 * portal's area ids are joined to them by their Kemendagri codes.
 */
@Injectable()
export class AreaMap {
  private loaded?: Promise<Loaded | null>;
  private ids?: Map<string, { id: string; parentId: string | null }>;
  private boundaries?: AreaBoundariesDto;

  constructor(
    @InjectRepository(AreaEntity) private readonly areas: Repository<AreaEntity>,
    private readonly config: AppConfig,
  ) {}

  /** Whether this deployment's municipality has polygons. */
  async available(): Promise<boolean> {
    return (await this.load()) !== null;
  }

  /**
   * The kelurahan and kecamatan of a point; `FieldDomainException` (400 on `latitude`) when the
   * point lies outside the municipality, or the municipality has no polygons.
   */
  async locate(latitude: number, longitude: number): Promise<AreaLocationDto> {
    const found = await this.find(latitude, longitude);
    if (!found) throw new FieldDomainException('latitude', 'point_outside_city', { city: await this.cityName() });
    return found;
  }

  /** As `locate`, but null outside the municipality (for callers that decide themselves). */
  async find(latitude: number, longitude: number): Promise<AreaLocationDto | null> {
    const loaded = await this.load();
    if (!loaded) return null;
    const point: Position = [longitude, latitude];
    if (!inBoundingBox(point, loaded.municipality.box) || !containsPoint(loaded.municipality.geometry, point)) return null;
    // Inside the city: its kelurahan, or (in a sliver between two neighbours' outlines) the nearest one.
    const kelurahan =
      loaded.kelurahan.find((shape) => inBoundingBox(point, shape.box) && containsPoint(shape.geometry, point)) ??
      nearest(loaded.kelurahan, point);
    if (!kelurahan) return null;
    const ids = await this.areaIds();
    const own = ids.get(kelurahan.code);
    const kecamatan = loaded.kecamatan.find((shape) => kelurahan.code.startsWith(`${shape.code}.`));
    const parent = kecamatan ? ids.get(kecamatan.code) : undefined;
    if (!own || !kecamatan || !parent) return null;
    return {
      kelurahanId: own.id,
      kelurahanCode: kelurahan.code,
      kelurahanName: kelurahan.name,
      kecamatanId: parent.id,
      kecamatanCode: kecamatan.code,
      kecamatanName: kecamatan.name,
    };
  }

  /** The municipality, its kecamatan and kelurahan as GeoJSON; 404 when it has no polygons. */
  async featureCollection(): Promise<AreaBoundariesDto> {
    if (this.boundaries) return this.boundaries;
    const loaded = await this.load();
    if (!loaded) throw new NotFoundDomainException('boundaries_unavailable');
    const ids = await this.areaIds();
    const feature = (shape: Shape): AreaFeatureDto => {
      const area = ids.get(shape.code);
      return {
        type: 'Feature',
        id: shape.code,
        properties: {
          areaId: area?.id ?? null,
          code: shape.code,
          name: shape.name,
          level: shape.level,
          parentId: shape.level === 'kelurahan' ? (area?.parentId ?? null) : null,
          centroid: [shape.centroid[0], shape.centroid[1]],
        },
        geometry: roundGeometry(shape.geometry) as AreaFeatureDto['geometry'],
      };
    };
    const [west, south, east, north] = loaded.municipality.box;
    const boundaries: AreaBoundariesDto = {
      type: 'FeatureCollection',
      bbox: [west, south, east, north],
      attribution: BOUNDARIES_ATTRIBUTION,
      features: [loaded.municipality, ...loaded.kecamatan, ...loaded.kelurahan].map(feature),
    };
    // Kept once every area is known by id (the reference data may be seeded after start).
    if (boundaries.features.every((f) => f.properties.level === 'municipality' || f.properties.areaId)) this.boundaries = boundaries;
    return boundaries;
  }

  private load(): Promise<Loaded | null> {
    this.loaded ??= readBoundaries(path.join(BOUNDARIES_DIR, `${this.config.municipalityCode}.geojson`), this.config.municipalityCode);
    return this.loaded;
  }

  private async areaIds(): Promise<Map<string, { id: string; parentId: string | null }>> {
    if (this.ids) return this.ids;
    const rows = await this.areas.find({ select: { id: true, code: true, parentId: true } });
    const ids = new Map(rows.map((row) => [row.code, { id: row.id, parentId: row.parentId }]));
    if (rows.length > 0) this.ids = ids;
    return ids;
  }

  private async cityName(): Promise<string> {
    return (await this.load())?.municipality.name ?? this.config.municipalityCode;
  }
}

function nearest(shapes: readonly Shape[], point: Position): Shape | undefined {
  let best: Shape | undefined;
  let distance = Infinity;
  for (const shape of shapes) {
    const d = squaredDistance(shape.centroid, point);
    if (d < distance) [best, distance] = [shape, d];
  }
  return best;
}

/** The file's features by level; null when this municipality has no file. */
async function readBoundaries(file: string, code: string): Promise<Loaded | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const shapes = (JSON.parse(text) as { features: SourceFeature[] }).features.map(({ properties, geometry }): Shape => ({
    code: properties.code,
    name: properties.name,
    level: LEVELS[properties.level],
    centroid: properties.centroid,
    geometry,
    box: boundingBox(geometry),
  }));
  const municipality = shapes.find((shape) => shape.level === 'municipality' && shape.code === code);
  if (!municipality) throw new Error(`${file} has no outline of ${code}`);
  return {
    municipality,
    kecamatan: shapes.filter((shape) => shape.level === 'kecamatan'),
    kelurahan: shapes.filter((shape) => shape.level === 'kelurahan'),
  };
}
