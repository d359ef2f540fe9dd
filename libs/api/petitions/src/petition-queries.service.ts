import { Injectable } from '@nestjs/common';
import { AuthUser, FieldDomainException, MicroCache, NotFoundDomainException, searchWords } from '@walikota/api-platform';
import { ReferenceService } from '@walikota/api-reference';
import { PETITION_CODE_PATTERN } from '@walikota/shared-contracts';
import type { PetitionSort } from '@walikota/shared-contracts';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  KecamatanSignaturesDto,
  PetitionCountDto,
  PetitionListQueryDto,
  PetitionPageDto,
  SignaturesByAreaDto,
  SimilarPetitionDto,
} from './petition.dto';
import { PetitionEntity } from './petition.entity';
import { responseStatusOf, textIsShown } from './petition-rules';
import { PetitionsService, SUMMARY_COLUMNS } from './petitions.service';

/** The sort key of each order (descending, then id descending): keyset pagination on its index. */
const SORT_KEYS: Record<PetitionSort, { column: string; property: keyof PetitionEntity; kind: 'int' | 'time' }> = {
  signatures: { column: 'p.signature_count', property: 'signatureCount', kind: 'int' },
  trending: { column: 'p.trending_count', property: 'trendingCount', kind: 'int' },
  newest: { column: 'p.opened_at', property: 'openedAt', kind: 'time' },
};

/**
 * Public reading of petitions (docs/product.md, "Petitions"): the list with its
 * filters and sorts, the count, signatures by area (JSON and CSV), similar petitions. No
 * personal data: no names, no addresses, no e-mail domains.
 */
@Injectable()
export class PetitionQueriesService {
  private readonly counts = new MicroCache<PetitionCountDto>(1000, 2000);
  private readonly byArea = new MicroCache<SignaturesByAreaDto>(5000, 500);

  constructor(
    private readonly dataSource: DataSource,
    private readonly petitions: PetitionsService,
    private readonly reference: ReferenceService,
  ) {}

  async page(user: AuthUser | undefined, query: PetitionListQueryDto): Promise<PetitionPageDto> {
    const filter = query.state ?? 'open';
    const sort: PetitionSort = filter === 'rejected' ? 'newest' : (query.sort ?? 'signatures');
    const limit = query.limit ?? 20;
    const qb = this.dataSource.getRepository(PetitionEntity).createQueryBuilder('p').select([...SUMMARY_COLUMNS, 'p.rejectedAt']);
    if (filter === 'open') qb.where(`p.state = 'open'`);
    else if (filter === 'closed') qb.where(`p.state = 'closed'`);
    else if (filter === 'rejected') qb.where(`p.state = 'rejected'`);
    else if (filter === 'awaiting_response') qb.where(`p.state IN ('open', 'closed') AND p.response_threshold_at IS NOT NULL AND p.responded_at IS NULL`);
    else qb.where(`p.state IN ('open', 'closed') AND p.responded_at IS NOT NULL`);
    if (sort === 'trending' && filter !== 'open') throw new FieldDomainException('sort', 'petition_trending_open_only');
    if (query.categoryId) qb.andWhere('p.category_id = :categoryId', { categoryId: query.categoryId });
    if (query.scope) qb.andWhere('p.scope = :scope', { scope: query.scope });
    if (query.kecamatanId) qb.andWhere('p.kecamatan_id = :kecamatanId', { kecamatanId: query.kecamatanId });
    const words = searchWords(query.q);
    if (words) qb.andWhere(`p.search_vector @@ websearch_to_tsquery('indonesian', :words)`, { words });

    // Rejected petitions sort by rejection time; the others by their sort key.
    const key = filter === 'rejected' ? { column: 'p.rejected_at', property: 'rejectedAt' as const, kind: 'time' as const } : SORT_KEYS[sort];
    const after = decodeCursor(query.after, key.kind);
    if (after) qb.andWhere(`(${key.column}, p.id) < (:k, :id)`, { k: after.key, id: after.id });
    qb.andWhere(`${key.column} IS NOT NULL`);
    const rows = await this.applyOrder(qb, key.column).limit(limit + 1).getMany();
    const names = await this.petitions.names(user?.language ?? 'id');
    const now = new Date();
    const items = rows.slice(0, limit).map((p) => this.petitions.summary(p, names, now));
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return { items, nextCursor: last ? encodeCursor(last[key.property] as number | Date, last.id) : null };
  }

  /** The public count (cached for a second per instance: a page open on many phones asks every few seconds). */
  count(code: string): Promise<PetitionCountDto> {
    if (!PETITION_CODE_PATTERN.test(code)) throw new NotFoundDomainException();
    return this.counts.get(code, async () => {
      const row = await this.dataSource.getRepository(PetitionEntity).findOne({ where: { code }, select: { code: true, state: true, signatureCount: true } });
      if (!row || !['open', 'closed'].includes(row.state)) throw new NotFoundDomainException();
      return { code: row.code, signatureCount: row.signatureCount, countedAt: new Date().toISOString(), state: row.state };
    });
  }

  /** Valid signatures per kecamatan and kelurahan of the city (every area listed, zeros included). */
  signaturesByArea(code: string): Promise<SignaturesByAreaDto> {
    if (!PETITION_CODE_PATTERN.test(code)) throw new NotFoundDomainException();
    return this.byArea.get(code, async () => {
      const petition = await this.dataSource.getRepository(PetitionEntity).findOne({ where: { code }, select: { id: true, code: true, state: true, signatureCount: true } });
      if (!petition || !['open', 'closed'].includes(petition.state)) throw new NotFoundDomainException();
      const [rows, tree] = await Promise.all([
        this.dataSource.query(
          `SELECT area_id, count(*)::int AS n FROM petition_signature WHERE petition_id = $1 AND invalidated_at IS NULL GROUP BY area_id`,
          [petition.id],
        ) as Promise<{ area_id: string | null; n: number }[]>,
        this.reference.areaTree(),
      ]);
      const counts = new Map(rows.map((r) => [r.area_id, r.n]));
      const kecamatan: KecamatanSignaturesDto[] = tree.kecamatan.map((k) => {
        const kelurahan = k.kelurahan.map((l) => ({ id: l.id, code: l.code, name: l.name, signatures: counts.get(l.id) ?? 0 }));
        return { id: k.id, code: k.code, name: k.name, signatures: kelurahan.reduce((sum, l) => sum + l.signatures, 0), kelurahan };
      });
      const known = new Set(tree.kecamatan.flatMap((k) => k.kelurahan.map((l) => l.id)));
      const unknownArea = rows.filter((r) => !r.area_id || !known.has(r.area_id)).reduce((sum, r) => sum + r.n, 0);
      const total = rows.reduce((sum, r) => sum + r.n, 0);
      return { code: petition.code, signatureCount: total, unknownArea, kecamatan };
    });
  }

  /** The same counts as CSV: one line per kelurahan (kecamatan code and name, kelurahan code and name, signatures). */
  async signaturesByAreaCsv(code: string): Promise<string> {
    const data = await this.signaturesByArea(code);
    const lines = ['kecamatan_code,kecamatan,kelurahan_code,kelurahan,signatures'];
    for (const k of data.kecamatan) for (const l of k.kelurahan) lines.push([k.code, k.name, l.code, l.name, String(l.signatures)].map(csvCell).join(','));
    if (data.unknownArea) lines.push(['', '', '', '', String(data.unknownArea)].join(','));
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
  }

  /**
   * Published petitions like a title being typed, rejected ones included with their reason (so a
   * citizen sees it was asked and answered): full text in Indonesian, or a similar title (trigram).
   */
  async similar(user: AuthUser | undefined, title: string): Promise<SimilarPetitionDto[]> {
    const words = searchWords(title);
    const rows: {
      code: string;
      title: string;
      state: PetitionEntity['state'];
      signature_count: number;
      response_threshold_at: Date | null;
      responded_at: Date | null;
      rejection_code: string | null;
      rejection_details: string | null;
      rejected_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT code, title, state, signature_count, response_threshold_at, responded_at, rejection_code, rejection_details, rejected_at
         FROM petition
        WHERE state IN ('open', 'closed', 'rejected')
          AND (($1::text IS NOT NULL AND search_vector @@ plainto_tsquery('indonesian', $1)) OR title % $2)
        ORDER BY (CASE WHEN $1::text IS NOT NULL THEN ts_rank(search_vector, plainto_tsquery('indonesian', $1)) ELSE 0 END) + similarity(title, $2) DESC
        LIMIT 5`,
      [words, title],
    );
    const reasons = await this.petitions.reasons();
    const language = user?.language ?? 'id';
    return rows.map((r) => {
      const hides = !!(r.rejection_code && reasons.get(r.rejection_code)?.hidesText);
      const shown = textIsShown(r.state, hides);
      return {
        code: r.code,
        // A petition rejected for its content keeps its title out of suggestions too.
        title: shown ? r.title : '',
        state: r.state,
        responseStatus: responseStatusOf({ responseThresholdAt: r.response_threshold_at, respondedAt: r.responded_at }),
        signatureCount: r.signature_count,
        rejection: r.rejection_code
          ? this.petitions.reasonOf(reasons, r.rejection_code, shown ? r.rejection_details : null, r.rejected_at, language)
          : null,
      };
    });
  }

  private applyOrder(qb: SelectQueryBuilder<PetitionEntity>, column: string): SelectQueryBuilder<PetitionEntity> {
    return qb.orderBy(column, 'DESC').addOrderBy('p.id', 'DESC');
  }
}

/** `<key>|<uuid>` in base64url; the key an integer or an ISO instant. */
function encodeCursor(key: number | Date, id: string): string {
  return Buffer.from(`${key instanceof Date ? key.toISOString() : String(key)}|${id}`).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function decodeCursor(token: string | undefined, kind: 'int' | 'time'): { key: number | Date; id: string } | undefined {
  if (!token) return undefined;
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(token) ? Buffer.from(token, 'base64url').toString('utf8') : '';
  const [raw = '', id = '', ...rest] = text.split('|');
  if (rest.length || !UUID.test(id)) throw new FieldDomainException('after', 'invalid_cursor');
  if (kind === 'int') {
    if (!/^\d{1,10}$/.test(raw)) throw new FieldDomainException('after', 'invalid_cursor');
    return { key: Number(raw), id };
  }
  const at = new Date(raw);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(raw) || Number.isNaN(at.getTime())) throw new FieldDomainException('after', 'invalid_cursor');
  return { key: at, id };
}

/** A CSV cell: quoted when needed; a leading formula character defused. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
