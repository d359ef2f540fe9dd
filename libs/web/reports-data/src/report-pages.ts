import type { ReportSummaryDto } from '@walikota/shared-contracts';
import type { KeysetList } from '@walikota/web-core';

/** What a report table uses of a page's `KeysetList` of reports (citizen and staff lists alike). */
export type ReportPages = Pick<KeysetList<ReportSummaryDto, unknown>, 'items' | 'loading' | 'loadingMore' | 'hasMore' | 'loadMore'>;
