import type { AdminUserDto } from '@walikota/shared-contracts';
import { ApiProblem, problemMessage } from '@walikota/web-core';
import type { I18n } from '@walikota/web-i18n';
import type { WkTone } from '@walikota/web-ui';

/** Where the staff area is mounted (apps/web app.routes.ts). */
export const ADMIN_BASE = '/admin';
export const adminPath = (...segments: string[]): string => [ADMIN_BASE, ...segments].join('/');

export function statusTone(status: AdminUserDto['status']): WkTone {
  return status === 'active' ? 'success' : status === 'suspended' ? 'warning' : 'neutral';
}

/** "The data could not be loaded. <why>", in the user's language. */
export function loadErrorText(problem: ApiProblem, i18n: I18n): string {
  return i18n.t('admin.loadError', { message: problemMessage(problem, i18n) });
}
