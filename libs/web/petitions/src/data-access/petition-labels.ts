import type { PetitionResponseStatus, PetitionState } from '@walikota/shared-contracts';
import { I18n, numberFormat } from '@walikota/web-i18n';
import type { WkTone } from '@walikota/web-ui';

/** What every petition list item and page knows about a petition. */
export interface PetitionFacts {
  state: PetitionState;
  responseStatus: PetitionResponseStatus;
  responseOverdue?: boolean;
  signatureCount: number;
  scope?: 'city' | 'kecamatan';
  kecamatan?: { name: string } | null;
}

const STATE_TONES: Record<PetitionState, WkTone> = {
  draft: 'neutral',
  gathering_sponsors: 'info',
  pending_moderation: 'info',
  open: 'success',
  closed: 'neutral',
  rejected: 'danger',
  hidden: 'danger',
};

/** Names and tones of a petition's state and response, in the reader's language (PETITION_LABEL_MESSAGES). */
export function petitionLabels(i18n: I18n) {
  const state = (value: PetitionState) => i18n.t(`petitions.state.${value}`);
  /** The response fact when there is one, else nothing. */
  const response = (p: PetitionFacts): string | null => {
    if (p.responseStatus === 'responded') return i18n.t('petitions.response.responded');
    if (p.responseStatus === 'awaiting_response')
      return i18n.t(p.responseOverdue ? 'petitions.response.overdue' : 'petitions.response.awaiting_response');
    return null;
  };
  return {
    state,
    stateTone: (value: PetitionState): WkTone => STATE_TONES[value],
    response,
    responseTone: (p: PetitionFacts): WkTone => (p.responseStatus === 'responded' ? 'success' : p.responseOverdue ? 'danger' : 'warning'),
    /** One phrase for a link preview or a list: the response when due or given, else the state. */
    status: (p: PetitionFacts): string => response(p) ?? state(p.state),
    count: (count: number) => i18n.t('petitions.count', { count: numberFormat(i18n.locale()).format(count) }),
    scope: (p: PetitionFacts) =>
      p.scope === 'kecamatan' && p.kecamatan
        ? i18n.t('petitions.scope.kecamatan', { name: p.kecamatan.name })
        : i18n.t('petitions.scope.city'),
  };
}

export type PetitionLabels = ReturnType<typeof petitionLabels>;
