/**
 * Loads the versioned reference data from `resources/reference/` once at start, validating it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  fundingSourcesSchema,
  opdSuggestionsSchema,
  pillarCatalogSchema,
  quickWinCriteriaSchema,
  readinessScaleSchema,
  regionSchema,
  vocabulariesSchema,
  type ReferenceData,
  type Region,
} from '../../../shared/reference';

export interface Reference {
  data: ReferenceData;
  regions: Region[];
  regionByCode: Map<string, Region>;
}

const REGIONS_VERSION = '2025.2138';

function readJson(dir: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
}

/** Parses the official regions CSV (kode,tingkat,jenis,nama,kode_provinsi,nama_provinsi,penduduk,luas_km2). */
export function parseRegionsCsv(csv: string): Region[] {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines.shift();
  if (header !== 'kode,tingkat,jenis,nama,kode_provinsi,nama_provinsi,penduduk,luas_km2') {
    throw new Error('regions CSV: unexpected header');
  }
  const regions: Region[] = [];
  for (const [index, line] of lines.entries()) {
    const cells = line.split(',');
    if (cells.length !== 8)
      throw new Error(`regions CSV: line ${index + 2} has ${cells.length} cells`);
    const [code, level, type, name, provinceCode, provinceName, population, area] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (level !== 'kabupaten_kota') continue;
    regions.push(
      regionSchema.parse({
        code,
        type,
        name,
        provinceCode,
        provinceName,
        population: population === '' ? null : Number(population),
        areaKm2: area === '' ? null : Number(area),
      }),
    );
  }
  return regions;
}

export function loadReference(resourcesDir: string): Reference {
  const dir = path.join(resourcesDir, 'reference');
  const data: ReferenceData = {
    pillars: pillarCatalogSchema.parse(readJson(dir, 'pillars.json')),
    readinessScale: readinessScaleSchema.parse(readJson(dir, 'readiness-scale.json')),
    quickWinCriteria: quickWinCriteriaSchema.parse(readJson(dir, 'quickwin-criteria.json')),
    fundingSources: fundingSourcesSchema.parse(readJson(dir, 'funding-sources.json')),
    opdSuggestions: opdSuggestionsSchema.parse(readJson(dir, 'opd-suggestions.json')),
    vocabularies: vocabulariesSchema.parse(readJson(dir, 'vocabularies.json')),
    regionsVersion: REGIONS_VERSION,
  };
  const regions = parseRegionsCsv(
    fs.readFileSync(path.join(dir, 'regions', 'wilayah-provinsi-kabkota.csv'), 'utf8'),
  );
  return { data, regions, regionByCode: new Map(regions.map((r) => [r.code, r])) };
}
