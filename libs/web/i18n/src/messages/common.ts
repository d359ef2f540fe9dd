import type { Catalog } from './catalog';
import { COMMON_EN } from './common.en';
import { COMMON_ID } from './common.id';

/** The shell, the home page and the error pages. */
export const COMMON_MESSAGES: Catalog = { id: COMMON_ID, en: COMMON_EN };
