import { COMMON_EN } from './common.en';
import { UI_EN } from './ui.en';

/** The shell's and the design system's English, one lazy chunk (see I18n). */
export const BASE_EN: Record<string, string> = { ...COMMON_EN, ...UI_EN };
