import { PETITION_LIST_FILTERS, PETITION_SCOPES, PETITION_SORTS } from '@walikota/shared-contracts';
import type { PetitionListFilter, PetitionScope, PetitionSort } from '@walikota/shared-contracts';

/** The public list's filters, as the API takes them and as they stand in the URL (`/petisi?state=open&sort=newest`). */
export interface PetitionFilters {
  q?: string;
  state?: PetitionListFilter;
  sort?: PetitionSort;
  categoryId?: string;
  scope?: PetitionScope;
  kecamatanId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads filters from URL query parameters, dropping anything the API would refuse. */
export function parsePetitionFilters(params: { get(name: string): string | null }): PetitionFilters {
  const pick = <T extends string>(name: string, allowed: readonly T[]) => {
    const value = params.get(name);
    return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
  };
  const uuid = (name: string) => {
    const value = params.get(name);
    return value && UUID.test(value) ? value : undefined;
  };
  const q = params.get('q')?.trim().slice(0, 100);
  const filters: PetitionFilters = {
    q: q || undefined,
    state: pick('state', PETITION_LIST_FILTERS),
    sort: pick('sort', PETITION_SORTS),
    categoryId: uuid('categoryId'),
    scope: pick('scope', PETITION_SCOPES),
    kecamatanId: uuid('kecamatanId'),
  };
  // "Trending" ranks open petitions only (the API refuses it with another state).
  if (filters.sort === 'trending' && filters.state && filters.state !== 'open') filters.sort = undefined;
  return compactFilters(filters);
}

/** Drops empty values so that they are neither sent nor put in the URL. */
export function compactFilters<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}
