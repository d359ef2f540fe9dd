// Generated from apps/api/openapi.json by libs/shared/contracts/tools/generate-client.mjs.
// Do not edit: run `npm run client` after `npm run openapi`.

export interface AcceptedDto {
  message: string;
}

export interface AdminUserDto {
  id: string;
  email: string | null;
  name: string;
  status: "active" | "suspended" | "deleted";
  emailVerified: boolean;
  roles: ("citizen" | "moderator" | "official" | "admin")[];
  departmentIds: string[];
  /** Registration */
  createdAt: string;
  /** Last successful sign-in; null: never */
  lastSignInAt: string | null;
}

export interface AgendaItemDto {
  position: number;
  title: string;
  durationMinutes: number;
  presenterName: string | null;
  petitionCode: string | null;
}

export interface AgendaItemInputDto {
  title: string;
  durationMinutes: number;
  presenterName?: string | null;
  /** A published petition on the agenda (PTS-YYYY-NNNNNN) */
  petitionCode?: string | null;
}

export interface AgendaPetitionDto {
  code: string;
  title: string;
  state: "draft" | "gathering_sponsors" | "pending_moderation" | "open" | "closed" | "rejected" | "hidden";
  responseStatus: "none" | "awaiting_response" | "responded";
  /** A response is due and its deadline has passed */
  responseOverdue: boolean;
  /** Exact as of countedAt (a few seconds at most) */
  signatureCount: number;
  /** Signatures in the last hour */
  trendingCount: number;
  category: NamedDto;
  scope: "city" | "kecamatan";
  kecamatan: NamedDto | null;
  openedAt: string | null;
  closesAt: string | null;
  responseThresholdAt: string | null;
  agendaThresholdAt: string | null;
  respondedAt: string | null;
  department: NamedDto | null;
}

export interface AgendaPetitionInputDto {
  petitionCode: string;
  durationMinutes?: number;
  presenterName?: string;
}

export interface AgendaPetitionOptionDto {
  code: string;
  title: string;
  signatureCount: number;
  agendaThresholdAt: string;
  /** Already on an agenda of a meeting not yet concluded or cancelled */
  scheduled: boolean;
}

export interface ApiKeyDto {
  id: string;
  name: string;
  prefix: string;
  scopes: ("read" | "open311" | "reports" | "keys" | "admin")[];
  /** The key that created this one (revoking it revokes this one) */
  createdByKeyId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface AreaBoundariesDto {
  type: "FeatureCollection";
  /** [west, south, east, north] of the municipality */
  bbox: number[];
  attribution: string;
  features: AreaFeatureDto[];
}

export interface AreaFeatureDto {
  type: "Feature";
  id: string;
  properties: AreaFeaturePropertiesDto;
  geometry: AreaGeometryDto;
}

export interface AreaFeaturePropertiesDto {
  areaId: string | null;
  code: string;
  name: string;
  level: "municipality" | "kecamatan" | "kelurahan";
  parentId: string | null;
  /** [longitude, latitude] of a point inside the area, for its label */
  centroid: number[];
}

export interface AreaGeometryDto {
  type: "Polygon" | "MultiPolygon";
  /** GeoJSON coordinates, [longitude, latitude]: rings of a Polygon, or polygons of a MultiPolygon */
  coordinates: unknown[];
}

export interface AreaLocationDto {
  kelurahanId: string;
  kelurahanCode: string;
  kelurahanName: string;
  kecamatanId: string;
  kecamatanCode: string;
  kecamatanName: string;
}

export interface AreaSignaturesDto {
  id: string;
  code: string;
  name: string;
  signatures: number;
}

export interface AreaTreeDto {
  municipalityCode: string;
  municipalityName: string;
  kecamatan: KecamatanDto[];
}

export interface AuditAnchorDto {
  seq: number;
  hash: string;
  recordedAt: string;
}

export interface AuditEntryDto {
  id: string;
  /** Place in the hash chain: 1, 2, 3… */
  seq: number;
  occurredAt: string;
  actorId: string | null;
  /** The actor’s name now; null for the system or an unknown account */
  actorName: string | null;
  actorRoles: string[];
  action: "user.admin_created" | "user.roles_changed" | "user.departments_changed" | "user.suspended" | "user.reactivated" | "user.deleted_self" | "user.demo_account_removed" | "user.verification_email_sent" | "api_key.created" | "api_key.revoked" | "holiday.set" | "holiday.deleted" | "report.verify" | "report.reject" | "report.dispatch" | "report.start" | "report.resolve" | "report.hold" | "report.resume" | "report.not_our_authority" | "report.mark_duplicate" | "report.close" | "report.confirm" | "report.reopen" | "report.rate" | "report.note" | "report.auto_close" | "petition.created" | "petition.updated" | "petition.sponsors_requested" | "petition.sponsored" | "petition.submitted" | "petition.publish" | "petition.reject" | "petition.hide" | "petition.closed" | "petition.responded" | "petition.threshold_response" | "petition.threshold_agenda" | "petition.signatures_invalidated" | "petition.reason_saved" | "petition.domain_blocked" | "petition.domain_unblocked" | "forum_category.created" | "forum_category.updated" | "forum_post.hide" | "forum_post.unhide" | "forum_post.approve" | "forum_post.reject" | "forum_post.dismiss_flags" | "forum_question.hide" | "forum_question.unhide" | "forum_question.dismiss_flags" | "forum_thread.lock" | "forum_thread.unlock" | "forum_thread.pin" | "forum_thread.unpin" | "forum_thread.move" | "forum_thread.slow_mode" | "user.forum_warn" | "user.forum_mute" | "user.forum_ban" | "user.forum_sanction_lifted" | "forum_appeal.decided" | "forum_watched_word.added" | "forum_watched_word.removed" | "meeting.created" | "meeting.updated" | "meeting.agenda_petition_added" | "meeting.start" | "meeting.cancel" | "meeting.conclude" | "meeting.check_in" | "meeting.question_answered" | "meeting.question_merged" | "meeting.commitment_status_changed";
  targetType: "user" | "api_key" | "holiday" | "report" | "petition" | "petition_reason" | "petition_domain" | "forum_category" | "forum_post" | "forum_question" | "forum_thread" | "forum_appeal" | "forum_watched_word" | "meeting";
  targetId: string | null;
  /** The target for people: a report’s code, a user’s name, a holiday’s date and name; null when it no longer exists */
  targetLabel: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
}

export interface AuditMissingRangeDto {
  fromSeq: number;
  toSeq: number;
}

export interface AuditPageDto {
  items: AuditEntryDto[];
  nextCursor: string | null;
}

export interface AuditVerificationDto {
  ok: boolean;
  /** Entries found intact before the first broken one */
  checked: number;
  firstBrokenId: string | null;
  firstBrokenAt: string | null;
  firstBrokenSeq: number | null;
  reason: "hash_mismatch" | "link_broken" | "entries_missing" | "out_of_sequence" | "anchor_mismatch" | "truncated" | "hash_function_changed" | null;
  /** Places of deleted entries */
  missing: AuditMissingRangeDto | null;
  /** The newest entry: record it elsewhere */
  headSeq: number | null;
  headHash: string | null;
  /** The head the last successful verification recorded */
  anchor: AuditAnchorDto | null;
}

export interface BlockedDomainDto {
  domain: string;
  reason: string;
  createdAt: string;
}

export interface BlockedDomainInputDto {
  domain: string;
  reason?: string;
}

export interface BulkReportActionDto {
  codes: string[];
  action: "verify" | "dispatch";
  departmentId?: string;
}

export interface BulkResultDto {
  code: string;
  outcome: "ok" | "error";
  /** Why it failed, in the caller’s language */
  message: string | null;
}

export interface CancelMeetingDto {
  /** Told to every registrant */
  reason: string;
}

export interface CategoryDto {
  id: string;
  module: "report" | "petition" | "forum" | "proposal";
  code: string;
  nameId: string;
  nameEn: string;
  departmentId?: string | null;
}

export interface ChangePasswordDto {
  currentPassword: string;
  newPassword: string;
}

export interface CheckInInputDto {
  /** Typed or scanned; case and separators do not matter */
  code: string;
}

export interface CheckInResultDto {
  code: string;
  /** Checked in before this call (the time is when) */
  alreadyCheckedIn: boolean;
  checkedInAt: string;
  attendanceCount: number;
}

export interface CommitmentDto {
  id: string;
  meetingCode: string;
  department: NamedRefDto;
  description: string;
  dueDate: string;
  status: "open" | "in_progress" | "done" | "dropped";
  droppedReason: string | null;
  /** Due date passed, neither done nor dropped */
  overdue: boolean;
  petitionCodes: string[];
  reportCodes: string[];
  statusChangedAt: string | null;
}

export interface CommitmentInputDto {
  departmentId: string;
  /** A calendar date in the city */
  dueDate: string;
  description: string;
  /** Codes of published petitions */
  petitionCodes?: string[];
  /** Codes of public reports */
  reportCodes?: string[];
}

export interface CommitmentPageDto {
  items: CommitmentDto[];
  nextCursor: string | null;
}

export interface CommitmentStatusInputDto {
  status: "open" | "in_progress" | "done" | "dropped";
  /** Required to drop */
  reason?: string;
}

export interface ConcludeMeetingDto {
  /** The minutes (notulen), Markdown */
  minutesMarkdown: string;
  chairName?: string;
  secretaryName?: string;
  commitments?: CommitmentInputDto[];
}

export interface CreateApiKeyDto {
  name: string;
  /** `read`: GET of non-admin routes; `open311`: file Open311 service requests; `reports`: workflow actions on reports; `keys`: manage your keys; `admin`: admin routes (admins only). A key creating a key can give it no more than its own. */
  scopes?: ("read" | "open311" | "reports" | "keys" | "admin")[];
}

export interface CreatedApiKeyDto {
  id: string;
  name: string;
  prefix: string;
  scopes: ("read" | "open311" | "reports" | "keys" | "admin")[];
  /** The key that created this one (revoking it revokes this one) */
  createdByKeyId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  /** The key itself. Shown only this once: store it safely. */
  key: string;
}

export interface DeleteAccountDto {
  /** The current password, to confirm */
  password: string;
}

export interface DepartmentDto {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  shortName: string;
}

export interface DepartmentResponseStatsDto {
  department: NamedDto;
  awaiting: number;
  overdue: number;
  responded: number;
}

export interface ErrorDetailDto {
  field?: string;
  code: string;
  message: string;
}

export interface ErrorResponseDto {
  statusCode: number;
  /** Stable machine-readable code */
  code: string;
  /** In the language of Accept-Language (id by default) */
  message: string;
  details?: ErrorDetailDto[];
}

export interface FileReportDto {
  type: "aspiration" | "complaint" | "information_request";
  /** anonymous: public, reporter hidden; confidential: only the reporter and staff handling it */
  privacy: "public" | "anonymous" | "confidential";
  title: string;
  description: string;
  categoryId: string;
  /** The kelurahan/desa; may be left out when a point is given (its kelurahan is taken) */
  areaId?: string;
  /** Degrees (WGS 84); give it with `longitude`, or neither (null = not given) */
  latitude?: number | null;
  /** Degrees (WGS 84); give it with `latitude`, or neither (null = not given) */
  longitude?: number | null;
  address?: string;
  /** Ids from POST /api/uploads (at most 5) */
  attachmentIds?: string[];
}

export interface ForgotPasswordDto {
  email: string;
}

export interface ForumAppealDecisionDto {
  decision: "upheld" | "overturned";
  /** Told to the appellant */
  note?: string;
}

export interface ForumAppealDto {
  id: string;
  actionId: string;
  action: "hide" | "unhide" | "approve" | "reject" | "dismiss_flags" | "auto_hide" | "lock" | "unlock" | "pin" | "unpin" | "move" | "slow_mode" | "warn" | "mute" | "ban" | "lift_sanction" | "appeal_upheld" | "appeal_overturned";
  actionDetails: string | null;
  link: string | null;
  userId: string;
  userName: string | null;
  text: string;
  createdAt: string;
  decision: "upheld" | "overturned" | null;
  note: string | null;
  decidedAt: string | null;
}

export interface ForumAppealInputDto {
  /** The moderation act appealed against */
  actionId: string;
  text: string;
}

export interface ForumCategoryDto {
  id: string;
  slug: string;
  name: string;
  description: string;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  sortOrder: number;
  active: boolean;
  /** Threads a visitor can read */
  threadCount: number;
  lastPostedAt: string | null;
}

export interface ForumCategoryInputDto {
  slug: string;
  nameId: string;
  nameEn: string;
  descriptionId?: string;
  descriptionEn?: string;
  sortOrder?: number;
  active?: boolean;
}

export interface ForumContentActionDto {
  action: "hide" | "unhide" | "approve" | "reject" | "dismiss_flags";
  /** Required to hide */
  reason?: "spam" | "offensive" | "sara" | "hoax" | "personal_data" | "off_topic";
  /** Shown to readers under a hidden post, and to its author */
  details?: string;
}

export interface ForumFlagCountDto {
  reason: "spam" | "offensive" | "sara" | "hoax" | "personal_data" | "off_topic";
  count: number;
}

export interface ForumFlagInputDto {
  targetType: "post" | "question";
  targetId: string;
  reason: "spam" | "offensive" | "sara" | "hoax" | "personal_data" | "off_topic";
  details?: string;
}

export interface ForumHiddenDto {
  code: "spam" | "offensive" | "sara" | "hoax" | "personal_data" | "off_topic";
  /** The reason, in the request language */
  label: string;
  details: string | null;
  /** Hidden by readers' flags, waiting for a moderator's review */
  byFlags: boolean;
}

export interface ForumModerationActionDto {
  id: string;
  action: "hide" | "unhide" | "approve" | "reject" | "dismiss_flags" | "auto_hide" | "lock" | "unlock" | "pin" | "unpin" | "move" | "slow_mode" | "warn" | "mute" | "ban" | "lift_sanction" | "appeal_upheld" | "appeal_overturned";
  targetType: string;
  targetId: string;
  reason: "spam" | "offensive" | "sara" | "hoax" | "personal_data" | "off_topic" | null;
  details: string | null;
  /** Where the content is read */
  link: string | null;
  createdAt: string;
  /** Whether its subject may still appeal it */
  appealable: boolean;
  appeal: "upheld" | "overturned" | "pending" | null;
}

export interface ForumModerationStatsDto {
  /** The last 12 months, newest first */
  months: ForumMonthStatsDto[];
}

export interface ForumMonthStatsDto {
  /** YYYY-MM, in the city */
  month: string;
  /** Acts by kind */
  actions: { [key: string]: number; };
  /** Median minutes from the first flag (or a held post) to a moderator’s act */
  medianReviewMinutes: number | null;
  /** Acts the median is taken over */
  reviewed: number;
}

export interface ForumPostCreatedDto {
  threadNumber: number;
  post: ForumPostDto;
}

export interface ForumPostDto {
  id: string;
  number: number;
  state: "visible" | "hidden" | "deleted" | "pending" | "rejected";
  /** Null on a placeholder */
  authorName: string | null;
  /** The caller's own post */
  mine: boolean;
  bodyHtml: string | null;
  quote: ForumQuoteDto | null;
  hidden: ForumHiddenDto | null;
  reactions: ForumReactionCountsDto;
  myReactions: ("like" | "agree" | "thanks")[];
  createdAt: string;
  editedAt: string | null;
  /** Whether the caller may still edit it (author, within the edit window) */
  canEdit: boolean;
}

export interface ForumPostEditDto {
  /** Markdown */
  body: string;
  /** The thread's title (its first post only) */
  title?: string;
}

export interface ForumPostPageDto {
  items: ForumPostDto[];
  /** Pass as `after` for the next page */
  nextAfter: number | null;
}

export interface ForumPreviewDto {
  /** Markdown */
  body: string;
}

export interface ForumPreviewResultDto {
  /** Sanitised HTML, as the post will show */
  html: string;
}

export interface ForumQueueDto {
  items: ForumQueueItemDto[];
  /** Items waiting in all (the list shows the first 200) */
  total: number;
}

export interface ForumQueueItemDto {
  type: "post" | "question";
  id: string;
  authorId: string;
  authorName: string | null;
  context: string;
  excerpt: string;
  link: string;
  /** visible, hidden, pending, rejected or deleted */
  state: string;
  hiddenByFlags: boolean;
  /** Open flags by distinct readers */
  flagCount: number;
  reasons: ForumFlagCountDto[];
  /** Readers’ details and matched watched words */
  details: string[];
  /** A watched word flagged it */
  watchedWord: boolean;
  /** Waiting since: the oldest open flag, or when a held post was written */
  since: string;
}

export interface ForumQuoteDto {
  postId: string;
  number: number;
  authorName: string | null;
  excerpt: string | null;
}

export interface ForumReactionCountsDto {
  like: number;
  agree: number;
  thanks: number;
}

export interface ForumReplyInputDto {
  /** Markdown */
  body: string;
  /** A post of the same thread this reply quotes */
  quotePostId?: string;
}

export interface ForumRevisionDto {
  version: number;
  title: string | null;
  body: string;
  writtenAt: string;
}

export interface ForumSanctionDto {
  id: string;
  userId: string;
  userName: string | null;
  kind: "warn" | "mute" | "ban";
  reason: string;
  endsAt: string | null;
  createdAt: string;
  liftedAt: string | null;
  actionId: string;
  /** In force now */
  active: boolean;
}

export interface ForumSanctionInputDto {
  userId: string;
  kind: "warn" | "mute" | "ban";
  /** Required to mute; a ban without days lasts until lifted */
  days?: number;
  /** Told to the account holder */
  reason: string;
}

export interface ForumSearchHitDto {
  threadNumber: number;
  threadTitle: string;
  postNumber: number;
  categorySlug: string;
  authorName: string | null;
  /** The start of the post, plain text */
  excerpt: string;
  createdAt: string;
}

export interface ForumSearchPageDto {
  items: ForumSearchHitDto[];
  nextCursor: string | null;
}

export interface ForumThreadActionDto {
  action: "lock" | "unlock" | "pin" | "unpin" | "move" | "slow_mode";
  /** Why it is locked (shown on the thread) */
  reason?: string;
  /** The category to move to */
  categoryId?: string;
  /** Slow mode: minutes between one writer’s posts (0: off) */
  minutes?: number;
}

export interface ForumThreadDetailDto {
  number: number;
  title: string | null;
  categorySlug: string;
  categoryName: string;
  authorName: string | null;
  /** Published replies a visitor can count */
  replyCount: number;
  createdAt: string;
  lastPostedAt: string;
  pinned: boolean;
  locked: boolean;
  hidden: ForumHiddenDto | null;
  categoryId: string;
  lockReason: string | null;
  slowModeMinutes: number;
  /** Posts the caller can see */
  postCount: number;
  /** Whether the caller follows it */
  following: boolean;
  /** Whether the caller may reply now */
  canReply: boolean;
}

export interface ForumThreadInputDto {
  categoryId: string;
  title: string;
  /** Markdown */
  body: string;
}

export interface ForumThreadPageDto {
  /** Pinned threads, on the first page only */
  pinned: ForumThreadSummaryDto[];
  items: ForumThreadSummaryDto[];
  nextCursor: string | null;
}

export interface ForumThreadSummaryDto {
  number: number;
  title: string | null;
  categorySlug: string;
  categoryName: string;
  authorName: string | null;
  /** Published replies a visitor can count */
  replyCount: number;
  createdAt: string;
  lastPostedAt: string;
  pinned: boolean;
  locked: boolean;
  hidden: ForumHiddenDto | null;
}

export interface ForumWatchedWordDto {
  id: string;
  list: string;
  pattern: string;
  action: "block" | "hold" | "flag";
  createdAt: string;
}

export interface ForumWatchedWordInputDto {
  /** The list’s name, lower-case words joined by hyphens */
  list: string;
  /** A word or phrase; * for any letters */
  pattern: string;
  action: "block" | "hold" | "flag";
}

export interface HealthChecksDto {
  /** The database answers (readiness only). */
  database?: "ok" | "down";
  /** Redis answers; `disabled` without REDIS_URL (one instance, nothing shared). While it is down the instance still serves: rate limits are counted per instance, jobs run from the periodic sweeps once it is back (readiness only). */
  redis?: "ok" | "down" | "disabled";
}

export interface HealthStatusDto {
  /** `ok`: everything answers. `degraded` (still 200): Redis is down, the database is up; the instance serves. `error` (503): the database is down; the instance cannot serve. */
  status: "ok" | "degraded" | "error";
  checks: HealthChecksDto;
}

export interface HideQuestionDto {
  reason: "spam" | "offensive" | "sara" | "hoax" | "personal_data" | "off_topic";
  /** Shown with the placeholder */
  details?: string;
}

export interface HolidayDto {
  date: string;
  name: string;
}

export interface InvalidateSignaturesDto {
  criterion: "ip" | "email_domain" | "time_range";
  /** criterion ip: the address */
  ip?: string;
  /** criterion email_domain: the domain */
  emailDomain?: string;
  /** criterion time_range: from (ISO instant) */
  from?: string;
  /** criterion time_range: to (ISO instant) */
  to?: string;
  /** true: only count what would be invalidated */
  dryRun: boolean;
  /** Required unless dryRun */
  reason?: string;
}

export interface InvalidationResultDto {
  dryRun: boolean;
  /** Signatures that match (dry run) or were invalidated */
  matched: number;
  signatureCount: number;
}

export interface KecamatanDto {
  id: string;
  code: string;
  name: string;
  kelurahan: KelurahanDto[];
}

export interface KecamatanSignaturesDto {
  id: string;
  code: string;
  name: string;
  signatures: number;
  kelurahan: AreaSignaturesDto[];
}

export interface KelurahanDto {
  id: string;
  code: string;
  name: string;
  level: "kecamatan" | "kelurahan" | "desa";
}

export interface LinkedReportDto {
  code: string;
  title: string;
}

export interface LoginDto {
  email: string;
  password: string;
}

export interface MeetingConclusionDto {
  concludedAt: string;
  /** Sanitised HTML of the minutes */
  minutesHtml: string;
  attendanceCount: number;
  commitments: CommitmentDto[];
}

export interface MeetingDetailDto {
  code: string;
  title: string;
  status: "scheduled" | "live" | "concluded" | "cancelled";
  type: "in_person" | "online" | "hybrid";
  startsAt: string;
  endsAt: string;
  venueName: string | null;
  kelurahan: NamedRefDto | null;
  department: NamedRefDto;
  capacity: number;
  confirmedCount: number;
  waitingCount: number;
  /** Sanitised HTML of the description */
  descriptionHtml: string;
  /** The organiser’s Markdown: to those who may edit */
  description: string | null;
  venueAddress: string | null;
  latitude: number | null;
  longitude: number | null;
  /** An online link exists (shown to confirmed registrants and staff) */
  hasOnlineLink: boolean;
  /** Plain https link, never embedded */
  onlineUrl: string | null;
  agenda: AgendaItemDto[];
  cancelledAt: string | null;
  cancelReason: string | null;
  liveAt: string | null;
  myRegistration: MyRegistrationStateDto | null;
  /** The caller may edit and run it (organisers, admins) */
  canManage: boolean;
  /** The caller may check people in and moderate questions */
  canRunFloor: boolean;
  conclusion: MeetingConclusionDto | null;
}

export interface MeetingInputDto {
  title: string;
  /** Markdown */
  description?: string;
  type: "in_person" | "online" | "hybrid";
  /** Required unless online */
  venueName?: string;
  /** Required unless online */
  venueAddress?: string;
  /** The venue (required unless online); must lie in the city */
  latitude?: number | null;
  /** Degrees (WGS 84); give it with `latitude`, or neither (null = not given) */
  longitude?: number | null;
  /** https only; required for online and hybrid meetings */
  onlineUrl?: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  /** The organising department (one of the official’s own) */
  departmentId: string;
  agenda?: AgendaItemInputDto[];
}

export interface MeetingPageDto {
  items: MeetingSummaryDto[];
  nextCursor: string | null;
}

export interface MeetingSummaryDto {
  code: string;
  title: string;
  status: "scheduled" | "live" | "concluded" | "cancelled";
  type: "in_person" | "online" | "hybrid";
  startsAt: string;
  endsAt: string;
  venueName: string | null;
  kelurahan: NamedRefDto | null;
  department: NamedRefDto;
  capacity: number;
  confirmedCount: number;
  waitingCount: number;
}

export interface MergeQuestionDto {
  /** The question this one duplicates */
  intoId: string;
}

export interface ModeratePetitionDto {
  action: "publish" | "reject" | "hide";
  /** A rejection reason code (reject, hide) */
  reasonCode?: string;
  /** The explanation the creator and the public read */
  details?: string;
  /** publish: the department that must respond (default: the category’s) */
  departmentId?: string;
}

export interface ModerationQueueDto {
  items: ModerationQueueItemDto[];
}

export interface ModerationQueueItemDto {
  code: string;
  title: string;
  state: "draft" | "gathering_sponsors" | "pending_moderation" | "open" | "closed" | "rejected" | "hidden";
  responseStatus: "none" | "awaiting_response" | "responded";
  /** A response is due and its deadline has passed */
  responseOverdue: boolean;
  /** Exact as of countedAt (a few seconds at most) */
  signatureCount: number;
  /** Signatures in the last hour */
  trendingCount: number;
  category: NamedDto;
  scope: "city" | "kecamatan";
  kecamatan: NamedDto | null;
  openedAt: string | null;
  closesAt: string | null;
  responseThresholdAt: string | null;
  agendaThresholdAt: string | null;
  respondedAt: string | null;
  submittedAt: string | null;
  moderationDueAt: string | null;
  moderationDelayed: boolean;
}

export interface MyPetitionDto {
  code: string;
  title: string;
  state: "draft" | "gathering_sponsors" | "pending_moderation" | "open" | "closed" | "rejected" | "hidden";
  responseStatus: "none" | "awaiting_response" | "responded";
  /** A response is due and its deadline has passed */
  responseOverdue: boolean;
  /** Exact as of countedAt (a few seconds at most) */
  signatureCount: number;
  /** Signatures in the last hour */
  trendingCount: number;
  category: NamedDto;
  scope: "city" | "kecamatan";
  kecamatan: NamedDto | null;
  openedAt: string | null;
  closesAt: string | null;
  responseThresholdAt: string | null;
  agendaThresholdAt: string | null;
  respondedAt: string | null;
  createdAt: string;
  moderation: PetitionModerationInfoDto | null;
}

export interface MyRegistrationStateDto {
  status: "confirmed" | "waiting" | "cancelled";
  /** Place in the waiting list (1 = next) */
  waitingPosition: number | null;
  checkedInAt: string | null;
}

export interface MySignatureDto {
  signedAt: string;
  /** A moderator invalidated it: it does not count */
  invalidated: boolean;
}

export interface MySignedPetitionDto {
  code: string;
  title: string;
  state: "draft" | "gathering_sponsors" | "pending_moderation" | "open" | "closed" | "rejected" | "hidden";
  responseStatus: "none" | "awaiting_response" | "responded";
  /** A response is due and its deadline has passed */
  responseOverdue: boolean;
  /** Exact as of countedAt (a few seconds at most) */
  signatureCount: number;
  /** Signatures in the last hour */
  trendingCount: number;
  category: NamedDto;
  scope: "city" | "kecamatan";
  kecamatan: NamedDto | null;
  openedAt: string | null;
  closesAt: string | null;
  responseThresholdAt: string | null;
  agendaThresholdAt: string | null;
  respondedAt: string | null;
  signedAt: string;
}

export interface NamedDto {
  id: string;
  name: string;
}

export interface NamedRefDto {
  id: string;
  name: string;
}

export interface NotificationDto {
  id: string;
  /** What happened; the web app may render it itself from `params` */
  type: string;
  /** In the language of Accept-Language */
  title: string;
  body: string;
  /** A portal path or a URL */
  link: string | null;
  params: { [key: string]: string; };
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPageDto {
  /** Newest first */
  items: NotificationDto[];
  /** Pass as `before` for the next page; null on the last page */
  nextCursor: string | null;
}

export interface OutboxEmailDto {
  id: string;
  toAddress: string;
  toUserId: string | null;
  template: string;
  language: "id" | "en";
  subject: string;
  /** The text, only while e-mail stays in the outbox (no SMTP_URL): it may hold sign-in and reset links */
  textBody: string | null;
  status: "pending" | "sent" | "failed";
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxPageDto {
  /** Newest first */
  items: OutboxEmailDto[];
  /** Pass as `before` for the next page; null on the last page */
  nextCursor: string | null;
}

export interface PetitionCountDto {
  code: string;
  signatureCount: number;
  countedAt: string;
  state: "draft" | "gathering_sponsors" | "pending_moderation" | "open" | "closed" | "rejected" | "hidden";
}

export interface PetitionDetailDto {
  code: string;
  title: string;
  state: "draft" | "gathering_sponsors" | "pending_moderation" | "open" | "closed" | "rejected" | "hidden";
  responseStatus: "none" | "awaiting_response" | "responded";
  /** A response is due and its deadline has passed */
  responseOverdue: boolean;
  /** Exact as of countedAt (a few seconds at most) */
  signatureCount: number;
  /** Signatures in the last hour */
  trendingCount: number;
  category: NamedDto;
  scope: "city" | "kecamatan";
  kecamatan: NamedDto | null;
  openedAt: string | null;
  closesAt: string | null;
  responseThresholdAt: string | null;
  agendaThresholdAt: string | null;
  respondedAt: string | null;
  /** Null when a rejection or hiding reason hides the text */
  background: string | null;
  details: string | null;
  /** The department that must respond */
  department: NamedDto | null;
  responseThreshold: PetitionThresholdDto;
  agendaThreshold: PetitionThresholdDto;
  responseDueAt: string | null;
  response: PetitionResponseDto | null;
  rejection: PetitionRejectionDto | null;
  /** Why it was taken down after publication */
  hidden: PetitionRejectionDto | null;
  reports: LinkedReportDto[];
  closedAt: string | null;
  /** When signatureCount was last folded in */
  countedAt: string;
  /** Creator, sponsors, moderators */
  moderation: PetitionModerationInfoDto | null;
  mySignature: MySignatureDto | null;
  /** The caller created it */
  mine: boolean;
  /** The caller sponsors it */
  sponsoredByMe: boolean;
  /** For editing a draft */
  categoryId: string | null;
}

export interface PetitionDraftDto {
  /** The action asked for */
  title: string;
  background: string;
  details?: string;
  /** A petition category */
  categoryId: string;
  scope: "city" | "kecamatan";
  /** Required when scope is kecamatan */
  kecamatanId?: string | null;
  /** Codes of public reports the petition is about */
  reportCodes?: string[];
}

export interface PetitionModerationInfoDto {
  sponsorCount: number;
  sponsorsNeeded: number;
  /** The sponsor share link (the creator and moderators only) */
  sponsorLink: string | null;
  submittedAt: string | null;
  /** The moderation target */
  moderationDueAt: string | null;
  /** Waiting for moderators past the target */
  moderationDelayed: boolean;
}

export interface PetitionPageDto {
  items: PetitionSummaryDto[];
  nextCursor: string | null;
}

export interface PetitionRejectionDto {
  code: string;
  label: string;
  details: string | null;
  at: string;
}

export interface PetitionResponseDto {
  summary: string;
  details: string;
  respondedAt: string;
  department: NamedDto | null;
}

export interface PetitionResponseInputDto {
  summary: string;
  details: string;
}

export interface PetitionSummaryDto {
  code: string;
  title: string;
  state: "draft" | "gathering_sponsors" | "pending_moderation" | "open" | "closed" | "rejected" | "hidden";
  responseStatus: "none" | "awaiting_response" | "responded";
  /** A response is due and its deadline has passed */
  responseOverdue: boolean;
  /** Exact as of countedAt (a few seconds at most) */
  signatureCount: number;
  /** Signatures in the last hour */
  trendingCount: number;
  category: NamedDto;
  scope: "city" | "kecamatan";
  kecamatan: NamedDto | null;
  openedAt: string | null;
  closesAt: string | null;
  responseThresholdAt: string | null;
  agendaThresholdAt: string | null;
  respondedAt: string | null;
}

export interface PetitionThresholdDto {
  signatures: number;
  reachedAt: string | null;
}

export interface ProfileDto {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  homeAreaId: string | null;
  language: "id" | "en";
  emailFrequency: "immediate" | "daily" | "never";
  emailVerified: boolean;
  roles: ("citizen" | "moderator" | "official" | "admin")[];
  departmentIds: string[];
}

export interface QuestionDto {
  id: string;
  /** Null when hidden or merged (see those fields) */
  text: string | null;
  votes: number;
  votedByMe: boolean;
  mine: boolean;
  answeredAt: string | null;
  /** Merged into this question */
  mergedIntoId: string | null;
  hidden: QuestionHiddenDto | null;
  createdAt: string;
}

export interface QuestionHiddenDto {
  reason: "spam" | "offensive" | "sara" | "hoax" | "personal_data" | "off_topic";
  details: string | null;
  /** By readers’ flags, pending a moderator’s review */
  byFlags: boolean;
}

export interface QuestionInputDto {
  /** Plain text (no Markdown) */
  text: string;
}

export interface QuestionListDto {
  /** The list’s version; pass it as `since` to poll */
  version: number;
  /** False when `since` was given and nothing changed (items empty) */
  changed: boolean;
  items: QuestionDto[];
}

export interface ReasonDto {
  reason: string;
}

export interface RegisterDto {
  name: string;
  email: string;
  password: string;
  phone?: string;
  /** Home kelurahan */
  homeAreaId?: string;
  language?: "id" | "en";
}

export interface RegistrationDto {
  meetingCode: string;
  status: "confirmed" | "waiting" | "cancelled";
  code: string;
  waitingPosition: number | null;
  checkedInAt: string | null;
  registeredAt: string;
  /** The code as a QR code (standalone SVG), for a confirmed place */
  qrSvg: string | null;
}

export interface RejectionReasonDto {
  code: string;
  labelId: string;
  labelEn: string;
  hidesText: boolean;
  active: boolean;
  sortOrder: number;
}

export interface RejectionReasonInputDto {
  code: string;
  labelId: string;
  labelEn: string;
  hidesText: boolean;
  active: boolean;
  sortOrder?: number;
}

export interface ReportActionDto {
  action: "verify" | "reject" | "dispatch" | "start" | "resolve" | "hold" | "resume" | "not_our_authority" | "mark_duplicate" | "close" | "confirm" | "reopen" | "rate" | "note";
  note?: string;
  /** For notes: visible on the public timeline (default true) */
  public?: boolean;
  reasonCode?: "unclear" | "insufficient_information" | "not_a_report" | "offensive" | "spam" | "personal_data";
  /** dispatch: the department (default: the category’s) */
  departmentId?: string;
  /** mark_duplicate: the report this one is merged into */
  duplicateOf?: string;
  /** not_our_authority: the agency that is responsible */
  externalAgency?: string;
  /** rate, or confirm (optional): 1–5; the note is the comment */
  rating?: number;
  /** resolve: "after" photos, ids from POST /api/uploads by the resolving official (at most 5) */
  attachmentIds?: string[];
}

export interface ReportAreaCountDto {
  /** Kelurahan */
  areaId: string;
  count: number;
}

export interface ReportAttachmentDto {
  id: string;
  /** Determined from the bytes */
  contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
  /** Size of the stored file in bytes */
  byteSize: number;
  /** The uploaded file name, sanitised; for display only */
  name: string;
  /** Images only */
  width: number | null;
  /** Images only */
  height: number | null;
  /** Where to fetch the file */
  url: string;
}

export interface ReportDepartmentMonthDto {
  /** YYYY-MM in the city time zone */
  month: string;
  /** Reports filed in the month (every status and privacy, confidential included) */
  received: number;
  /** Reports resolved in the month that are still resolved or closed */
  resolved: number;
  /** Median hours from filing to the first staff action, over the reports filed in the month that have one */
  medianHoursToFirstResponse: number | null;
  /** Median hours from filing to resolution, over the reports resolved in the month */
  medianHoursToResolution: number | null;
  /** Reports filed in the month that missed (or are missing) the verification or follow-up deadline */
  overdue: number;
  /** overdue ÷ received, in percent (0–100); null when nothing was received */
  overdueShare: number | null;
  /** null: reports without a department */
  departmentId: string | null;
}

export interface ReportDetailDto {
  id: string;
  code: string;
  type: "aspiration" | "complaint" | "information_request";
  privacy: "public" | "anonymous" | "confidential";
  status: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate";
  title: string;
  categoryId: string;
  departmentId: string | null;
  areaId: string;
  kecamatanId: string;
  latitude: number | null;
  longitude: number | null;
  createdAt: string;
  supportCount: number;
  /** Which SLA deadline has passed */
  overdue: "verification" | "follow_up" | null;
  /** Null when the report is anonymous or confidential (for the public) */
  reporterName: string | null;
  /** Staff only: the kelurahan the point lies in when it is not the chosen kelurahan (check the location); null otherwise */
  pointAreaId: string | null;
  /** Content public: verified by a moderator, not rejected, not confidential (else only the reporter and staff see it) */
  published: boolean;
  /** The reporter’s files */
  attachments: ReportAttachmentDto[];
  /** "After" photos the department attached when resolving it */
  resolutionAttachments: ReportAttachmentDto[];
  description: string;
  address: string | null;
  rejectReason: string | null;
  externalAgency: string | null;
  /** Code of the report this one was merged into, if the caller may see it */
  duplicateOf: string | null;
  rating: number | null;
  ratingComment: string | null;
  reopenCount: number;
  verifyDueAt: string | null;
  followupDueAt: string | null;
  autocloseAt: string | null;
  /** Oldest first; internal events only for staff */
  timeline: ReportEventDto[];
  /** The caller filed it */
  mine: boolean;
  supported: boolean;
  following: boolean;
  /** What the caller may do now */
  allowedActions: ("verify" | "reject" | "dispatch" | "start" | "resolve" | "hold" | "resume" | "not_our_authority" | "mark_duplicate" | "close" | "confirm" | "reopen" | "rate" | "note")[];
}

export interface ReportEventDto {
  id: string;
  occurredAt: string;
  actorRole: "citizen" | "moderator" | "official" | "admin" | "system";
  /** `filed` or the action */
  kind: string;
  /** The department the event speaks for, as it was then: dispatched to, or acting as (officials) */
  departmentId: string | null;
  fromStatus: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate" | null;
  toStatus: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate" | null;
  note: string | null;
  /** false: staff only */
  public: boolean;
  /** Everyone: reasonCode, externalAgency, rating; duplicateOf and from (report codes) only to whoever may see that report; departmentId (routing) to staff */
  data: { [key: string]: unknown; };
}

export interface ReportKecamatanFiguresDto {
  kecamatanId: string;
  /** Reports filed in the range in this kecamatan */
  received: number;
  /** Reports resolved in the range in this kecamatan that are still resolved or closed */
  resolved: number;
}

export interface ReportMapDto {
  /** Public reports matching the filters, per kelurahan (kelurahan without any are absent) */
  areas: ReportAreaCountDto[];
  /** The newest matching reports that have a point, at most 1000 */
  points: ReportMapPointDto[];
  /** More matching reports have a point than `points` holds */
  truncated: boolean;
}

export interface ReportMapPointDto {
  code: string;
  title: string;
  status: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate";
  latitude: number;
  longitude: number;
}

export interface ReportMonthFiguresDto {
  /** YYYY-MM in the city time zone */
  month: string;
  /** Reports filed in the month (every status and privacy, confidential included) */
  received: number;
  /** Reports resolved in the month that are still resolved or closed */
  resolved: number;
  /** Median hours from filing to the first staff action, over the reports filed in the month that have one */
  medianHoursToFirstResponse: number | null;
  /** Median hours from filing to resolution, over the reports resolved in the month */
  medianHoursToResolution: number | null;
  /** Reports filed in the month that missed (or are missing) the verification or follow-up deadline */
  overdue: number;
  /** overdue ÷ received, in percent (0–100); null when nothing was received */
  overdueShare: number | null;
}

export interface ReportPageDto {
  /** Newest first */
  items: ReportSummaryDto[];
  nextCursor: string | null;
}

export interface ReportStatisticsDto {
  /** When the figures were computed (they are cached for up to 5 minutes) */
  generatedAt: string;
  from: string;
  to: string;
  /** The time zone months are counted in */
  timeZone: string;
  departmentId: string | null;
  /** Every month of the range, oldest first, zeros included */
  totals: ReportMonthFiguresDto[];
  /** Per department and month, for the pairs with any report received or resolved; by month, then department */
  rows: ReportDepartmentMonthDto[];
  /** Over the whole range, per kecamatan with any report received or resolved (for the map) */
  byKecamatan: ReportKecamatanFiguresDto[];
}

export interface ReportStatusDto {
  code: string;
  status: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate";
  createdAt: string;
}

export interface ReportSummaryDto {
  id: string;
  code: string;
  type: "aspiration" | "complaint" | "information_request";
  privacy: "public" | "anonymous" | "confidential";
  status: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate";
  title: string;
  categoryId: string;
  departmentId: string | null;
  areaId: string;
  kecamatanId: string;
  latitude: number | null;
  longitude: number | null;
  createdAt: string;
  supportCount: number;
  /** Which SLA deadline has passed */
  overdue: "verification" | "follow_up" | null;
  /** Null when the report is anonymous or confidential (for the public) */
  reporterName: string | null;
}

export interface ResetPasswordDto {
  token: string;
  password: string;
}

export interface SetDepartmentsDto {
  departmentIds: string[];
  reason?: string;
}

export interface SetHolidayDto {
  /** Name in Indonesian */
  name: string;
}

export interface SetRolesDto {
  roles: ("citizen" | "moderator" | "official" | "admin")[];
  /** Required when a role is added (recorded in the audit log) */
  reason?: string;
}

export interface SignatureResultDto {
  /** The caller’s signature exists (new or given before) */
  signed: boolean;
  /** It was given before this request */
  alreadySigned: boolean;
  signedAt: string | null;
  /** The public count (exact within seconds; may not include this signature yet) */
  signatureCount: number;
}

export interface SignaturesByAreaDto {
  code: string;
  signatureCount: number;
  /** Signatures whose signer named no kelurahan */
  unknownArea: number;
  kecamatan: KecamatanSignaturesDto[];
}

export interface SigningActivityDto {
  /** Rows with at least this many signatures in the last hour */
  threshold: number;
  rows: SigningActivityRowDto[];
}

export interface SigningActivityRowDto {
  kind: "ip" | "email_domain";
  value: string;
  signatures: number;
}

export interface SignPetitionDto {
  /** The signer’s kelurahan, asked once when the profile has none (saved to it) */
  areaId?: string;
}

export interface SimilarPetitionDto {
  code: string;
  title: string;
  state: "draft" | "gathering_sponsors" | "pending_moderation" | "open" | "closed" | "rejected" | "hidden";
  responseStatus: "none" | "awaiting_response" | "responded";
  signatureCount: number;
  /** Why it was rejected (text-hiding reasons show no details) */
  rejection: PetitionRejectionDto | null;
}

export interface SimilarReportDto {
  code: string;
  title: string;
  status: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate";
  supportCount: number;
  /** Metres from the given point */
  distanceMeters: number | null;
}

export interface SiteDto {
  cityName: string;
  municipalityCode: string;
  timeZone: string;
  /** Path of the city logo on this site */
  logoPath: string;
  /** Map tiles; null: no map, coordinates only */
  mapTileUrl: string | null;
}

export interface TokenDto {
  token: string;
}

export interface UnreadCountDto {
  count: number;
}

export interface UpdateProfileDto {
  name?: string;
  phone?: string | null;
  homeAreaId?: string | null;
  language?: "id" | "en";
  emailFrequency?: "immediate" | "daily" | "never";
}

export interface UploadDto {
  id: string;
  /** Determined from the bytes */
  contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
  /** Size of the stored file in bytes */
  byteSize: number;
  /** The uploaded file name, sanitised; for display only */
  name: string;
  /** Images only */
  width: number | null;
  /** Images only */
  height: number | null;
}

export interface UploadFileBodyDto {
  /** One JPEG, PNG, WebP or PDF file */
  file: string;
}

export interface UserPageDto {
  items: AdminUserDto[];
  /** Pass as `after` for the next page */
  nextCursor: string | null;
}

export interface VoteResultDto {
  votes: number;
  votedByMe: boolean;
  version: number;
}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
}

/** Sends a request and resolves with the parsed JSON body (the web app wraps Angular's HttpClient). */
export type ApiTransport = <T>(request: ApiRequest) => Promise<T>;

/** One function per API operation, named by its operationId. */
export function createApiClient(send: ApiTransport) {
  return {
    actOnReport: (code: string, body: ReportActionDto) => send<ReportDetailDto>({ method: 'POST', url: `/api/reports/${encodeURIComponent(String(code))}/actions`, body }),
    addForumWatchedWord: (body: ForumWatchedWordInputDto) => send<ForumWatchedWordDto>({ method: 'POST', url: `/api/forums/watched-words`, body }),
    addMeetingAgendaPetition: (code: string, body: AgendaPetitionInputDto) => send<MeetingDetailDto>({ method: 'POST', url: `/api/meetings/${encodeURIComponent(String(code))}/agenda-petitions`, body }),
    appealForumModeration: (body: ForumAppealInputDto) => send<ForumAppealDto>({ method: 'POST', url: `/api/forums/appeals`, body }),
    askMeetingQuestion: (code: string, body: QuestionInputDto) => send<QuestionDto>({ method: 'POST', url: `/api/meetings/${encodeURIComponent(String(code))}/questions`, body }),
    blockPetitionDomain: (body: BlockedDomainInputDto) => send<BlockedDomainDto>({ method: 'POST', url: `/api/admin/petition-blocked-domains`, body }),
    bulkReportAction: (body: BulkReportActionDto) => send<BulkResultDto[]>({ method: 'POST', url: `/api/reports/bulk`, body }),
    cancelMeeting: (code: string, body: CancelMeetingDto) => send<MeetingDetailDto>({ method: 'POST', url: `/api/meetings/${encodeURIComponent(String(code))}/cancel`, body }),
    cancelMyMeetingRegistration: (code: string) => send<void>({ method: 'DELETE', url: `/api/meetings/${encodeURIComponent(String(code))}/registration` }),
    changePassword: (body: ChangePasswordDto) => send<void>({ method: 'POST', url: `/api/me/password`, body }),
    checkInToMeeting: (code: string, body: CheckInInputDto) => send<CheckInResultDto>({ method: 'POST', url: `/api/meetings/${encodeURIComponent(String(code))}/check-ins`, body }),
    concludeMeeting: (code: string, body: ConcludeMeetingDto) => send<MeetingDetailDto>({ method: 'POST', url: `/api/meetings/${encodeURIComponent(String(code))}/conclude`, body }),
    createApiKey: (body: CreateApiKeyDto) => send<CreatedApiKeyDto>({ method: 'POST', url: `/api/me/api-keys`, body }),
    createForumCategory: (body: ForumCategoryInputDto) => send<ForumCategoryDto>({ method: 'POST', url: `/api/forums/categories`, body }),
    createForumThread: (body: ForumThreadInputDto) => send<ForumPostCreatedDto>({ method: 'POST', url: `/api/forums/threads`, body }),
    createMeeting: (body: MeetingInputDto) => send<MeetingDetailDto>({ method: 'POST', url: `/api/meetings`, body }),
    createPetition: (body: PetitionDraftDto) => send<PetitionDetailDto>({ method: 'POST', url: `/api/petitions`, body }),
    decideForumAppeal: (id: string, body: ForumAppealDecisionDto) => send<ForumAppealDto>({ method: 'POST', url: `/api/forums/appeals/${encodeURIComponent(String(id))}/decision`, body }),
    deleteForumPost: (id: string) => send<void>({ method: 'DELETE', url: `/api/forums/posts/${encodeURIComponent(String(id))}` }),
    deleteHoliday: (date: string) => send<void>({ method: 'DELETE', url: `/api/admin/holidays/${encodeURIComponent(String(date))}` }),
    deleteMyAccount: (body: DeleteAccountDto) => send<void>({ method: 'DELETE', url: `/api/me`, body }),
    editForumPost: (id: string, body: ForumPostEditDto) => send<ForumPostCreatedDto>({ method: 'PUT', url: `/api/forums/posts/${encodeURIComponent(String(id))}`, body }),
    exportMyData: () => send<Record<string, unknown>>({ method: 'GET', url: `/api/me/export` }),
    exportReports: (query?: { type?: "aspiration" | "complaint" | "information_request"; status?: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate"; categoryId?: string; kecamatanId?: string; areaId?: string; from?: string; to?: string; q?: string; format?: "csv" | "json"; }) => send<void>({ method: 'GET', url: `/api/reports/export`, query }),
    fileReport: (body: FileReportDto) => send<ReportDetailDto>({ method: 'POST', url: `/api/reports`, body }),
    flagForumContent: (body: ForumFlagInputDto) => send<void>({ method: 'POST', url: `/api/forums/flags`, body }),
    followForumThread: (number: number) => send<void>({ method: 'PUT', url: `/api/forums/threads/${encodeURIComponent(String(number))}/follow` }),
    followReport: (code: string) => send<void>({ method: 'PUT', url: `/api/reports/${encodeURIComponent(String(code))}/follow` }),
    forgotPassword: (body: ForgotPasswordDto) => send<AcceptedDto>({ method: 'POST', url: `/api/auth/password/forgot`, body }),
    getAreaBoundaries: () => send<AreaBoundariesDto>({ method: 'GET', url: `/api/areas/boundaries` }),
    getAreaTree: () => send<AreaTreeDto>({ method: 'GET', url: `/api/areas` }),
    getForumModerationQueue: () => send<ForumQueueDto>({ method: 'GET', url: `/api/forums/moderation/queue` }),
    getForumModerationStats: () => send<ForumModerationStatsDto>({ method: 'GET', url: `/api/forums/moderation/stats` }),
    getForumPost: (id: string) => send<ForumPostDto>({ method: 'GET', url: `/api/forums/posts/${encodeURIComponent(String(id))}` }),
    getForumThread: (number: number) => send<ForumThreadDetailDto>({ method: 'GET', url: `/api/forums/threads/${encodeURIComponent(String(number))}` }),
    getMeeting: (code: string) => send<MeetingDetailDto>({ method: 'GET', url: `/api/meetings/${encodeURIComponent(String(code))}` }),
    getMyMeetingRegistration: (code: string) => send<RegistrationDto>({ method: 'GET', url: `/api/meetings/${encodeURIComponent(String(code))}/registration` }),
    getPetition: (code: string) => send<PetitionDetailDto>({ method: 'GET', url: `/api/petitions/${encodeURIComponent(String(code))}` }),
    getPetitionCount: (code: string) => send<PetitionCountDto>({ method: 'GET', url: `/api/petitions/${encodeURIComponent(String(code))}/count` }),
    getPetitionSignaturesByArea: (code: string) => send<SignaturesByAreaDto>({ method: 'GET', url: `/api/petitions/${encodeURIComponent(String(code))}/signatures-by-area` }),
    getPetitionSignaturesByAreaCsv: (code: string) => send<void>({ method: 'GET', url: `/api/petitions/${encodeURIComponent(String(code))}/signatures-by-area.csv` }),
    getProfile: () => send<ProfileDto>({ method: 'GET', url: `/api/me` }),
    getReport: (code: string) => send<ReportDetailDto>({ method: 'GET', url: `/api/reports/${encodeURIComponent(String(code))}` }),
    getReportAttachment: (code: string, uploadId: string) => send<void>({ method: 'GET', url: `/api/reports/${encodeURIComponent(String(code))}/attachments/${encodeURIComponent(String(uploadId))}` }),
    getReportMap: (query?: { type?: "aspiration" | "complaint" | "information_request"; status?: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate"; categoryId?: string; kecamatanId?: string; areaId?: string; from?: string; to?: string; q?: string; }) => send<ReportMapDto>({ method: 'GET', url: `/api/reports/map`, query }),
    getReportStatistics: (query?: { from?: string; to?: string; departmentId?: string; }) => send<ReportStatisticsDto>({ method: 'GET', url: `/api/reports/statistics`, query }),
    getReportStatus: (code: string) => send<ReportStatusDto>({ method: 'GET', url: `/api/reports/${encodeURIComponent(String(code))}/status` }),
    getSite: () => send<SiteDto>({ method: 'GET', url: `/api/site` }),
    getUnreadNotificationCount: () => send<UnreadCountDto>({ method: 'GET', url: `/api/notifications/unread-count` }),
    getUploadFile: (id: string) => send<void>({ method: 'GET', url: `/api/uploads/${encodeURIComponent(String(id))}` }),
    getUser: (id: string) => send<AdminUserDto>({ method: 'GET', url: `/api/admin/users/${encodeURIComponent(String(id))}` }),
    hideMeetingQuestion: (code: string, id: string, body: HideQuestionDto) => send<void>({ method: 'POST', url: `/api/meetings/${encodeURIComponent(String(code))}/questions/${encodeURIComponent(String(id))}/hide`, body }),
    imposeForumSanction: (body: ForumSanctionInputDto) => send<ForumSanctionDto>({ method: 'POST', url: `/api/forums/sanctions`, body }),
    invalidatePetitionSignatures: (code: string, body: InvalidateSignaturesDto) => send<InvalidationResultDto>({ method: 'POST', url: `/api/petitions/${encodeURIComponent(String(code))}/signatures/invalidate`, body }),
    liftForumSanction: (id: string) => send<ForumSanctionDto>({ method: 'POST', url: `/api/forums/sanctions/${encodeURIComponent(String(id))}/lift` }),
    listApiKeys: () => send<ApiKeyDto[]>({ method: 'GET', url: `/api/me/api-keys` }),
    listAuditLog: (query?: { action?: "user.admin_created" | "user.roles_changed" | "user.departments_changed" | "user.suspended" | "user.reactivated" | "user.deleted_self" | "user.demo_account_removed" | "user.verification_email_sent" | "api_key.created" | "api_key.revoked" | "holiday.set" | "holiday.deleted" | "report.verify" | "report.reject" | "report.dispatch" | "report.start" | "report.resolve" | "report.hold" | "report.resume" | "report.not_our_authority" | "report.mark_duplicate" | "report.close" | "report.confirm" | "report.reopen" | "report.rate" | "report.note" | "report.auto_close" | "petition.created" | "petition.updated" | "petition.sponsors_requested" | "petition.sponsored" | "petition.submitted" | "petition.publish" | "petition.reject" | "petition.hide" | "petition.closed" | "petition.responded" | "petition.threshold_response" | "petition.threshold_agenda" | "petition.signatures_invalidated" | "petition.reason_saved" | "petition.domain_blocked" | "petition.domain_unblocked" | "forum_category.created" | "forum_category.updated" | "forum_post.hide" | "forum_post.unhide" | "forum_post.approve" | "forum_post.reject" | "forum_post.dismiss_flags" | "forum_question.hide" | "forum_question.unhide" | "forum_question.dismiss_flags" | "forum_thread.lock" | "forum_thread.unlock" | "forum_thread.pin" | "forum_thread.unpin" | "forum_thread.move" | "forum_thread.slow_mode" | "user.forum_warn" | "user.forum_mute" | "user.forum_ban" | "user.forum_sanction_lifted" | "forum_appeal.decided" | "forum_watched_word.added" | "forum_watched_word.removed" | "meeting.created" | "meeting.updated" | "meeting.agenda_petition_added" | "meeting.start" | "meeting.cancel" | "meeting.conclude" | "meeting.check_in" | "meeting.question_answered" | "meeting.question_merged" | "meeting.commitment_status_changed"; targetType?: "user" | "api_key" | "holiday" | "report" | "petition" | "petition_reason" | "petition_domain" | "forum_category" | "forum_post" | "forum_question" | "forum_thread" | "forum_appeal" | "forum_watched_word" | "meeting"; targetId?: string; actorId?: string; before?: string; limit?: number; }) => send<AuditPageDto>({ method: 'GET', url: `/api/admin/audit-log`, query }),
    listCategories: (query?: { module?: "report" | "petition" | "forum" | "proposal"; }) => send<CategoryDto[]>({ method: 'GET', url: `/api/categories`, query }),
    listDepartmentInbox: (query?: { type?: "aspiration" | "complaint" | "information_request"; status?: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate"; categoryId?: string; kecamatanId?: string; areaId?: string; from?: string; to?: string; q?: string; after?: string; limit?: number; departmentId?: string; overdue?: boolean; }) => send<ReportPageDto>({ method: 'GET', url: `/api/reports/inbox`, query }),
    listDepartments: () => send<DepartmentDto[]>({ method: 'GET', url: `/api/departments` }),
    listForumAppeals: () => send<ForumAppealDto[]>({ method: 'GET', url: `/api/forums/appeals` }),
    listForumCategories: () => send<ForumCategoryDto[]>({ method: 'GET', url: `/api/forums/categories` }),
    listForumPostRevisions: (id: string) => send<ForumRevisionDto[]>({ method: 'GET', url: `/api/forums/posts/${encodeURIComponent(String(id))}/revisions` }),
    listForumPosts: (number: number, query?: { after?: number; limit?: number; }) => send<ForumPostPageDto>({ method: 'GET', url: `/api/forums/threads/${encodeURIComponent(String(number))}/posts`, query }),
    listForumSanctions: (query?: { userId?: string; active?: boolean; }) => send<ForumSanctionDto[]>({ method: 'GET', url: `/api/forums/sanctions`, query }),
    listForumThreads: (query?: { category?: string; sort?: "activity" | "newest"; after?: string; limit?: number; }) => send<ForumThreadPageDto>({ method: 'GET', url: `/api/forums/threads`, query }),
    listForumWatchedWords: () => send<ForumWatchedWordDto[]>({ method: 'GET', url: `/api/forums/watched-words` }),
    listHolidays: (query?: { year?: number; }) => send<HolidayDto[]>({ method: 'GET', url: `/api/holidays`, query }),
    listMeetingAgendaPetitions: () => send<AgendaPetitionOptionDto[]>({ method: 'GET', url: `/api/meetings/agenda-petitions` }),
    listMeetingCommitments: (query?: { departmentId?: string; status?: "open" | "in_progress" | "done" | "dropped"; overdue?: boolean; after?: string; limit?: number; }) => send<CommitmentPageDto>({ method: 'GET', url: `/api/meetings/commitments`, query }),
    listMeetingQuestions: (code: string, query?: { since?: number; }) => send<QuestionListDto>({ method: 'GET', url: `/api/meetings/${encodeURIComponent(String(code))}/questions`, query }),
    listMeetings: (query?: { when?: "upcoming" | "past"; departmentId?: string; after?: string; limit?: number; }) => send<MeetingPageDto>({ method: 'GET', url: `/api/meetings`, query }),
    listMyForumModeration: () => send<ForumModerationActionDto[]>({ method: 'GET', url: `/api/forums/moderation/mine` }),
    listMyForumSanctions: () => send<ForumSanctionDto[]>({ method: 'GET', url: `/api/forums/sanctions/mine` }),
    listMyReports: (query?: { type?: "aspiration" | "complaint" | "information_request"; status?: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate"; categoryId?: string; kecamatanId?: string; areaId?: string; from?: string; to?: string; q?: string; after?: string; limit?: number; }) => send<ReportPageDto>({ method: 'GET', url: `/api/reports/mine`, query }),
    listNotifications: (query?: { before?: string; limit?: number; }) => send<NotificationPageDto>({ method: 'GET', url: `/api/notifications`, query }),
    listOutbox: (query?: { before?: string; limit?: number; status?: "pending" | "sent" | "failed"; }) => send<OutboxPageDto>({ method: 'GET', url: `/api/admin/outbox`, query }),
    listPetitionBlockedDomains: () => send<BlockedDomainDto[]>({ method: 'GET', url: `/api/admin/petition-blocked-domains` }),
    listPetitions: (query?: { state?: "open" | "awaiting_response" | "responded" | "closed" | "rejected"; sort?: "signatures" | "newest" | "trending"; categoryId?: string; kecamatanId?: string; scope?: "city" | "kecamatan"; q?: string; after?: string; limit?: number; }) => send<PetitionPageDto>({ method: 'GET', url: `/api/petitions`, query }),
    listReportQueue: (query?: { type?: "aspiration" | "complaint" | "information_request"; status?: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate"; categoryId?: string; kecamatanId?: string; areaId?: string; from?: string; to?: string; q?: string; after?: string; limit?: number; departmentId?: string; overdue?: boolean; }) => send<ReportPageDto>({ method: 'GET', url: `/api/reports/queue`, query }),
    listReports: (query?: { type?: "aspiration" | "complaint" | "information_request"; status?: "submitted" | "verified" | "dispatched" | "in_progress" | "resolved" | "closed" | "rejected" | "on_hold" | "not_our_authority" | "duplicate"; categoryId?: string; kecamatanId?: string; areaId?: string; from?: string; to?: string; q?: string; after?: string; limit?: number; }) => send<ReportPageDto>({ method: 'GET', url: `/api/reports`, query }),
    listUsers: (query?: { q?: string; role?: "citizen" | "moderator" | "official" | "admin"; departmentId?: string; after?: string; limit?: number; }) => send<UserPageDto>({ method: 'GET', url: `/api/admin/users`, query }),
    live: () => send<HealthStatusDto>({ method: 'GET', url: `/api/health/live` }),
    locateArea: (query: { latitude: number; longitude: number; }) => send<AreaLocationDto>({ method: 'GET', url: `/api/areas/locate`, query }),
    login: (body: LoginDto) => send<ProfileDto>({ method: 'POST', url: `/api/auth/login`, body }),
    logout: () => send<void>({ method: 'POST', url: `/api/auth/logout` }),
    manageForumCategories: () => send<ForumCategoryDto[]>({ method: 'GET', url: `/api/forums/categories/manage` }),
    markAllNotificationsRead: () => send<void>({ method: 'POST', url: `/api/notifications/read-all` }),
    markMeetingQuestionAnswered: (code: string, id: string) => send<void>({ method: 'POST', url: `/api/meetings/${encodeURIComponent(String(code))}/questions/${encodeURIComponent(String(id))}/answered` }),
    markNotificationRead: (id: string) => send<void>({ method: 'POST', url: `/api/notifications/${encodeURIComponent(String(id))}/read` }),
    meetingBeritaAcara: (code: string) => send<void>({ method: 'GET', url: `/api/meetings/${encodeURIComponent(String(code))}/berita-acara.pdf` }),
    meetingCalendar: (code: string) => send<void>({ method: 'GET', url: `/api/meetings/${encodeURIComponent(String(code))}/calendar.ics` }),
    meetingsCalendarFeed: () => send<void>({ method: 'GET', url: `/api/meetings/calendar.ics` }),
    mergeMeetingQuestion: (code: string, id: string, body: MergeQuestionDto) => send<void>({ method: 'POST', url: `/api/meetings/${encodeURIComponent(String(code))}/questions/${encodeURIComponent(String(id))}/merge`, body }),
    moderateForumContent: (id: string, type: "post" | "question", body: ForumContentActionDto) => send<ForumModerationActionDto>({ method: 'POST', url: `/api/forums/moderation/content/${encodeURIComponent(String(type))}/${encodeURIComponent(String(id))}`, body }),
    moderateForumThread: (number: number, body: ForumThreadActionDto) => send<ForumModerationActionDto>({ method: 'POST', url: `/api/forums/moderation/threads/${encodeURIComponent(String(number))}`, body }),
    moderatePetition: (code: string, body: ModeratePetitionDto) => send<PetitionDetailDto>({ method: 'POST', url: `/api/petitions/${encodeURIComponent(String(code))}/moderation`, body }),
    myPetitions: () => send<MyPetitionDto[]>({ method: 'GET', url: `/api/petitions/mine` }),
    mySignedPetitions: () => send<MySignedPetitionDto[]>({ method: 'GET', url: `/api/petitions/signed` }),
    petitionAgenda: () => send<AgendaPetitionDto[]>({ method: 'GET', url: `/api/petitions/agenda` }),
    petitionBySponsorLink: (token: string) => send<PetitionDetailDto>({ method: 'GET', url: `/api/petitions/sponsor/${encodeURIComponent(String(token))}` }),
    petitionModerationQueue: () => send<ModerationQueueDto>({ method: 'GET', url: `/api/petitions/moderation` }),
    petitionRejectionReasons: () => send<RejectionReasonDto[]>({ method: 'GET', url: `/api/petitions/rejection-reasons` }),
    petitionResponsesByDepartment: () => send<DepartmentResponseStatsDto[]>({ method: 'GET', url: `/api/petitions/responses-by-department` }),
    petitionSigningActivity: (code: string) => send<SigningActivityDto>({ method: 'GET', url: `/api/petitions/${encodeURIComponent(String(code))}/signing-activity` }),
    previewForumPost: (body: ForumPreviewDto) => send<ForumPreviewResultDto>({ method: 'POST', url: `/api/forums/preview`, body }),
    reactivateUser: (id: string, body: ReasonDto) => send<AdminUserDto>({ method: 'POST', url: `/api/admin/users/${encodeURIComponent(String(id))}/reactivate`, body }),
    reactToForumPost: (id: string, kind: "like" | "agree" | "thanks") => send<void>({ method: 'PUT', url: `/api/forums/posts/${encodeURIComponent(String(id))}/reactions/${encodeURIComponent(String(kind))}` }),
    ready: () => send<HealthStatusDto>({ method: 'GET', url: `/api/health/ready` }),
    refresh: () => send<void>({ method: 'POST', url: `/api/auth/refresh` }),
    register: (body: RegisterDto) => send<AcceptedDto>({ method: 'POST', url: `/api/auth/register`, body }),
    registerForMeeting: (code: string) => send<RegistrationDto>({ method: 'POST', url: `/api/meetings/${encodeURIComponent(String(code))}/registration` }),
    removeForumWatchedWord: (id: string) => send<void>({ method: 'DELETE', url: `/api/forums/watched-words/${encodeURIComponent(String(id))}` }),
    replyToForumThread: (number: number, body: ForumReplyInputDto) => send<ForumPostCreatedDto>({ method: 'POST', url: `/api/forums/threads/${encodeURIComponent(String(number))}/posts`, body }),
    requestPetitionSponsors: (code: string) => send<PetitionDetailDto>({ method: 'POST', url: `/api/petitions/${encodeURIComponent(String(code))}/request-sponsors` }),
    resendVerification: () => send<void>({ method: 'POST', url: `/api/me/verification-email` }),
    resendVerificationEmail: (id: string) => send<void>({ method: 'POST', url: `/api/admin/users/${encodeURIComponent(String(id))}/verification-email` }),
    resetPassword: (body: ResetPasswordDto) => send<void>({ method: 'POST', url: `/api/auth/password/reset`, body }),
    respondToPetition: (code: string, body: PetitionResponseInputDto) => send<PetitionDetailDto>({ method: 'PUT', url: `/api/petitions/${encodeURIComponent(String(code))}/response`, body }),
    revokeApiKey: (id: string) => send<void>({ method: 'DELETE', url: `/api/me/api-keys/${encodeURIComponent(String(id))}` }),
    savePetitionRejectionReason: (body: RejectionReasonInputDto) => send<RejectionReasonDto>({ method: 'PUT', url: `/api/petitions/rejection-reasons`, body }),
    searchForums: (query: { q: string; after?: string; limit?: number; }) => send<ForumSearchPageDto>({ method: 'GET', url: `/api/forums/search`, query }),
    setHoliday: (date: string, body: SetHolidayDto) => send<HolidayDto>({ method: 'PUT', url: `/api/admin/holidays/${encodeURIComponent(String(date))}`, body }),
    setMeetingCommitmentStatus: (id: string, body: CommitmentStatusInputDto) => send<CommitmentDto>({ method: 'PUT', url: `/api/meetings/commitments/${encodeURIComponent(String(id))}/status`, body }),
    setUserDepartments: (id: string, body: SetDepartmentsDto) => send<AdminUserDto>({ method: 'PUT', url: `/api/admin/users/${encodeURIComponent(String(id))}/departments`, body }),
    setUserRoles: (id: string, body: SetRolesDto) => send<AdminUserDto>({ method: 'PUT', url: `/api/admin/users/${encodeURIComponent(String(id))}/roles`, body }),
    signPetition: (code: string, body: SignPetitionDto) => send<SignatureResultDto>({ method: 'POST', url: `/api/petitions/${encodeURIComponent(String(code))}/signatures`, body }),
    similarPetitions: (query: { title: string; }) => send<SimilarPetitionDto[]>({ method: 'GET', url: `/api/petitions/similar`, query }),
    similarReports: (query: { title: string; categoryId?: string; latitude?: number; longitude?: number; }) => send<SimilarReportDto[]>({ method: 'GET', url: `/api/reports/similar`, query }),
    sponsorPetition: (token: string) => send<PetitionDetailDto>({ method: 'POST', url: `/api/petitions/sponsor/${encodeURIComponent(String(token))}` }),
    startMeeting: (code: string) => send<MeetingDetailDto>({ method: 'POST', url: `/api/meetings/${encodeURIComponent(String(code))}/start` }),
    streamMeetingQuestions: (code: string) => send<void>({ method: 'GET', url: `/api/meetings/${encodeURIComponent(String(code))}/questions/stream` }),
    supportReport: (code: string) => send<void>({ method: 'PUT', url: `/api/reports/${encodeURIComponent(String(code))}/support` }),
    suspendUser: (id: string, body: ReasonDto) => send<AdminUserDto>({ method: 'POST', url: `/api/admin/users/${encodeURIComponent(String(id))}/suspend`, body }),
    unblockPetitionDomain: (domain: string) => send<void>({ method: 'DELETE', url: `/api/admin/petition-blocked-domains/${encodeURIComponent(String(domain))}` }),
    unfollowForumThread: (number: number) => send<void>({ method: 'DELETE', url: `/api/forums/threads/${encodeURIComponent(String(number))}/follow` }),
    unfollowReport: (code: string) => send<void>({ method: 'DELETE', url: `/api/reports/${encodeURIComponent(String(code))}/follow` }),
    unhideMeetingQuestion: (code: string, id: string) => send<void>({ method: 'POST', url: `/api/meetings/${encodeURIComponent(String(code))}/questions/${encodeURIComponent(String(id))}/unhide` }),
    unreactToForumPost: (id: string, kind: "like" | "agree" | "thanks") => send<void>({ method: 'DELETE', url: `/api/forums/posts/${encodeURIComponent(String(id))}/reactions/${encodeURIComponent(String(kind))}` }),
    updateForumCategory: (id: string, body: ForumCategoryInputDto) => send<ForumCategoryDto>({ method: 'PUT', url: `/api/forums/categories/${encodeURIComponent(String(id))}`, body }),
    updateMeeting: (code: string, body: MeetingInputDto) => send<MeetingDetailDto>({ method: 'PUT', url: `/api/meetings/${encodeURIComponent(String(code))}`, body }),
    updatePetition: (code: string, body: PetitionDraftDto) => send<PetitionDetailDto>({ method: 'PUT', url: `/api/petitions/${encodeURIComponent(String(code))}`, body }),
    updateProfile: (body: UpdateProfileDto) => send<ProfileDto>({ method: 'PATCH', url: `/api/me`, body }),
    uploadFile: () => send<UploadDto>({ method: 'POST', url: `/api/uploads` }),
    verifyAuditLog: () => send<AuditVerificationDto>({ method: 'GET', url: `/api/admin/audit-log/verification` }),
    verifyEmail: (body: TokenDto) => send<void>({ method: 'POST', url: `/api/auth/verify-email`, body }),
    voteForMeetingQuestion: (code: string, id: string) => send<VoteResultDto>({ method: 'PUT', url: `/api/meetings/${encodeURIComponent(String(code))}/questions/${encodeURIComponent(String(id))}/vote` }),
    withdrawMeetingQuestionVote: (code: string, id: string) => send<VoteResultDto>({ method: 'DELETE', url: `/api/meetings/${encodeURIComponent(String(code))}/questions/${encodeURIComponent(String(id))}/vote` }),
    withdrawPetitionSignature: (code: string) => send<SignatureResultDto>({ method: 'DELETE', url: `/api/petitions/${encodeURIComponent(String(code))}/signatures/mine` }),
    withdrawReportSupport: (code: string) => send<void>({ method: 'DELETE', url: `/api/reports/${encodeURIComponent(String(code))}/support` }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
