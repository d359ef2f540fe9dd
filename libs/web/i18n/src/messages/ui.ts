import type { Catalog } from './catalog';
import { UI_EN } from './ui.en';
import { UI_ID } from './ui.id';

/** The design system's own strings (libs/web/ui). */
export const UI_MESSAGES: Catalog = { id: UI_ID, en: UI_EN };
