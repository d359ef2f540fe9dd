import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@walikota/api-audit';
import { IdentityModule } from '@walikota/api-identity';
import { JobQueue, NotificationsModule } from '@walikota/api-notifications';
import { PetitionsModule } from '@walikota/api-petitions';
import { PerUserRateLimiter, registerMessages } from '@walikota/api-platform';
import { ReferenceModule } from '@walikota/api-reference';
import { ReportsModule } from '@walikota/api-reports';
import { ContentTargets } from '../moderation/content-targets';
import { ForumsModule } from '../threads/forums.module';
import { MEETING_ENTITIES } from './meeting.entity';
import { MeetingCommitments } from './meeting-commitments.service';
import { MeetingDemo } from './meeting-demo';
import { MeetingsPersonalData } from './meetings-personal-data';
import { MeetingMinutes } from './meeting-minutes.service';
import { registerMeetingNotifications } from './meeting-notifications';
import { MeetingQueries } from './meeting-queries.service';
import { MeetingQuestionModeration, QuestionTarget } from './meeting-question-moderation';
import { MeetingQuestionStream } from './meeting-question-stream';
import { MeetingQuestionsController } from './meeting-questions.controller';
import { MeetingQuestions } from './meeting-questions.service';
import { MeetingRegistrations } from './meeting-registrations.service';
import { MeetingsController } from './meetings.controller';
import { meetingsMessages } from './meetings.messages';
import { MeetingsService } from './meetings.service';

registerMessages(meetingsMessages);
registerMeetingNotifications();

export const MEETING_REMINDER_JOB = 'meetings.remind';
const REMIND_EVERY_MS = 5 * 60_000;

/**
 * Town-hall meetings (docs/product.md, "Town-hall meetings"): `/api/meetings`, tables `meeting_*`.
 * Questions join the forums' moderation through `QuestionTarget`, and askers are checked against
 * the forums' sanctions and watched words.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(MEETING_ENTITIES),
    AuditModule,
    NotificationsModule,
    ReferenceModule,
    IdentityModule,
    PetitionsModule,
    ReportsModule,
    ForumsModule,
  ],
  controllers: [MeetingsController, MeetingQuestionsController],
  providers: [
    MeetingsService,
    MeetingQueries,
    MeetingRegistrations,
    MeetingQuestions,
    MeetingQuestionModeration,
    MeetingQuestionStream,
    QuestionTarget,
    MeetingCommitments,
    MeetingMinutes,
    MeetingDemo,
    MeetingsPersonalData,
    PerUserRateLimiter,
  ],
  exports: [MeetingQuestionModeration, MeetingRegistrations, MeetingDemo],
})
export class MeetingsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly registrations: MeetingRegistrations,
    private readonly targets: ContentTargets,
    private readonly questions: QuestionTarget,
  ) {}

  onModuleInit(): void {
    this.targets.register(this.questions);
    // Every few minutes; the update that marks a registration reminded is its claim, so several instances remind once.
    this.jobs.define({
      name: MEETING_REMINDER_JOB,
      everyMs: REMIND_EVERY_MS,
      run: async () => void (await this.registrations.remindDue()),
    });
  }
}
