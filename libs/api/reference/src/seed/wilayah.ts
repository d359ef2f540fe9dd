import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Official Kemendagri area codes (idn-area-data 4.0.1, ODbL; see data/wilayah/LICENSE.md). */
export const WILAYAH_DIR = path.join(__dirname, '../../data/wilayah');

export interface WilayahRow {
  code: string;
  parentCode: string;
  name: string;
}

export interface Municipality {
  code: string;
  name: string;
  districts: WilayahRow[];
  villages: WilayahRow[];
}

/** The official name of a regency/city, e.g. `Kota Semarang` for `33.74`. */
export async function municipalityName(code: string, dir = WILAYAH_DIR): Promise<string> {
  const regency = (await readCsv(path.join(dir, 'regencies.csv'))).find((row) => row.code === code);
  if (!regency) throw new Error(`MUNICIPALITY_CODE ${code} is not a regency/city code in ${dir}/regencies.csv`);
  return regency.name;
}

/** Loads one regency/city (e.g. `33.74`, Kota Semarang) with its kecamatan and kelurahan/desa. */
export async function loadMunicipality(code: string, dir = WILAYAH_DIR): Promise<Municipality> {
  const name = await municipalityName(code, dir);
  const districts = (await readCsv(path.join(dir, 'districts.csv'))).filter((row) => row.parentCode === code);
  const districtCodes = new Set(districts.map((d) => d.code));
  const villages = (await readCsv(path.join(dir, 'villages.csv'))).filter((row) => districtCodes.has(row.parentCode));
  return { code, name, districts, villages };
}

/** Rows of a `code,parent_code,name` file (the header's column names vary; positions don't). */
async function readCsv(file: string): Promise<WilayahRow[]> {
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/).slice(1).filter(Boolean);
  return lines.map((line) => {
    const [code, second, third] = parseCsvLine(line);
    // provinces.csv has only code,name
    return third === undefined ? { code, parentCode: '', name: second } : { code, parentCode: second, name: third };
  });
}

export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}
