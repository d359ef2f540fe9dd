/**
 * The words and numbers of petitions (docs/product.md, "Petitions"), one list each for the API
 * (validation, CHECK constraints, the workflow's rule table) and the web app (filters, labels).
 */

/**
 * The lifecycle. `open` petitions take signatures until `closes_at`; `closed` is reached by the
 * closing job. Whether an official response is due or given is not a state of its own but a
 * fact beside it (`response_status`), as a response may come while the petition is still open or
 * after it has closed.
 */
export const PETITION_STATES = ['draft', 'gathering_sponsors', 'pending_moderation', 'open', 'closed', 'rejected', 'hidden'] as const;
export type PetitionState = (typeof PETITION_STATES)[number];

/** The states a visitor may see a petition in (its page, lists, open data). */
export const PETITION_PUBLIC_STATES = ['open', 'closed', 'rejected', 'hidden'] as const satisfies readonly PetitionState[];

/**
 * `none`: the response threshold is not reached; `awaiting_response`: reached, no response yet;
 * `responded`: an official response is published. `overdue` is `awaiting_response` past the
 * response deadline (PETITION_RULES.responseDays), shown on its own.
 */
export const PETITION_RESPONSE_STATUSES = ['none', 'awaiting_response', 'responded'] as const;
export type PetitionResponseStatus = (typeof PETITION_RESPONSE_STATUSES)[number];

/** The public list's filter: a state or one of the response facets. */
export const PETITION_LIST_FILTERS = ['open', 'awaiting_response', 'responded', 'closed', 'rejected'] as const;
export type PetitionListFilter = (typeof PETITION_LIST_FILTERS)[number];

export const PETITION_SORTS = ['signatures', 'newest', 'trending'] as const;
export type PetitionSort = (typeof PETITION_SORTS)[number];

export const PETITION_SCOPES = ['city', 'kecamatan'] as const;
export type PetitionScope = (typeof PETITION_SCOPES)[number];

/** What moderators do to a petition waiting for them, or to a published one (`hide`). */
export const PETITION_MODERATION_ACTIONS = ['publish', 'reject', 'hide'] as const;
export type PetitionModerationAction = (typeof PETITION_MODERATION_ACTIONS)[number];

/**
 * The rejection reasons the seed holds (admins may add more, and deactivate these). The ones in
 * PETITION_HIDING_REASONS also hide the petition's text from the public.
 */
export const PETITION_SEED_REJECTION_REASONS = [
  'duplicate',
  'not_municipal_authority',
  'no_action_requested',
  'already_happening',
  'unclear',
  'offensive',
  'defamatory',
  'advertising',
  'personal_data',
] as const;
export const PETITION_HIDING_REASONS = ['offensive', 'defamatory', 'advertising', 'personal_data'] as const;

/** Ways to pick the signatures to invalidate (moderators; a dry run counts them first). */
export const PETITION_INVALIDATION_CRITERIA = ['ip', 'email_domain', 'time_range'] as const;
export type PetitionInvalidationCriterion = (typeof PETITION_INVALIDATION_CRITERIA)[number];

/** Field limits, shared by the API's validation and the web's counters. */
export const PETITION_LIMITS = {
  titleMax: 120,
  titleMin: 10,
  backgroundMax: 500,
  backgroundMin: 20,
  detailsMax: 2000,
  linkedReportsMax: 5,
  rejectionDetailsMax: 1000,
  responseSummaryMax: 500,
  responseDetailsMax: 10000,
} as const;

/** The petition's public code: `PTS-2026-000123`. */
export const PETITION_CODE_PATTERN = /^PTS-\d{4}-\d{6}$/;
