/**
 * The words and numbers of town-hall meetings (docs/product.md, "Town-hall meetings"): one list
 * each for the API (validation, CHECK constraints, the rules) and the web app (labels, limits).
 */

/** scheduled → live → concluded; scheduled → cancelled (meeting-rules.ts). */
export const MEETING_STATUSES = ['scheduled', 'live', 'concluded', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_TYPES = ['in_person', 'online', 'hybrid'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** A place (`confirmed`), a place in the queue (`waiting`), or given up (`cancelled`). */
export const MEETING_REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export type MeetingRegistrationStatus = (typeof MEETING_REGISTRATION_STATUSES)[number];

export const MEETING_COMMITMENT_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type MeetingCommitmentStatus = (typeof MEETING_COMMITMENT_STATUSES)[number];

/** Public lists: what is still to come (or happening), and what is over. */
export const MEETING_LIST_WHEN = ['upcoming', 'past'] as const;
export type MeetingListWhen = (typeof MEETING_LIST_WHEN)[number];

/** `MTG-2026-000012`, from `meeting_code_seq`. */
export const MEETING_CODE_PATTERN = /^MTG-\d{4}-\d{6}$/;

export const MEETING_LIMITS = {
  titleMin: 8,
  titleMax: 150,
  descriptionMax: 10_000,
  venueNameMax: 200,
  venueAddressMax: 300,
  onlineUrlMax: 500,
  capacityMax: 100_000,
  agendaItemsMax: 30,
  agendaTitleMin: 3,
  agendaTitleMax: 200,
  agendaMinutesMax: 600,
  presenterMax: 120,
  questionMin: 3,
  questionMax: 500,
  hiddenDetailsMax: 1000,
  cancelReasonMin: 10,
  cancelReasonMax: 1000,
  minutesMin: 20,
  minutesMax: 50_000,
  signatoryMax: 120,
  commitmentsMax: 50,
  commitmentMin: 10,
  commitmentMax: 1000,
  commitmentLinksMax: 10,
  dropReasonMin: 10,
  dropReasonMax: 1000,
} as const;
