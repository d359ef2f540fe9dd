import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, ErrorResponseDto, Public, RequestMeta, RequestMetadata, Roles } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { idPipe } from '../forum-pipes';
import {
  HideQuestionDto,
  MergeQuestionDto,
  QuestionDto,
  QuestionInputDto,
  QuestionListDto,
  QuestionListQueryDto,
  VoteResultDto,
} from './meeting.dto';
import { MeetingQuestionModeration } from './meeting-question-moderation';
import { MeetingQuestionStream } from './meeting-question-stream';
import { MeetingQuestions } from './meeting-questions.service';

const QuestionIdPipe = idPipe('meeting_question_not_found');

/** Questions for a meeting and the live board (docs/product.md, "Town-hall meetings"). */
@ApiTags('meetings')
@ApiBadRequestResponse({ type: ErrorResponseDto })
@Controller('meetings/:code/questions')
export class MeetingQuestionsController {
  constructor(
    private readonly questions: MeetingQuestions,
    private readonly moderation: MeetingQuestionModeration,
    private readonly stream: MeetingQuestionStream,
  ) {}

  /** By votes, then oldest first; `since` (a version) returns nothing when nothing changed. */
  @Get()
  @Public()
  @ApiOkResponse({ type: QuestionListDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  listMeetingQuestions(
    @CurrentUser() user: AuthUser | undefined,
    @Param('code') code: string,
    @Query() query: QuestionListQueryDto,
  ): Promise<QuestionListDto> {
    return this.questions.list(user, code, query.since);
  }

  /** Server-sent events: `questions` with the list's version on every change, a comment every 15 s. */
  @Get('stream')
  @Public()
  @SkipThrottle()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'event: questions, data: {"version": n}' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async streamMeetingQuestions(@Param('code') code: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { meetingId, version } = await this.questions.current(code);
    this.stream.serve(request, reply, meetingId, version);
  }

  /** Asks a question (verified citizens), before or during the meeting. */
  @Post()
  @Roles('citizen')
  @ApiCreatedResponse({ type: QuestionDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  askMeetingQuestion(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() dto: QuestionInputDto): Promise<QuestionDto> {
    return this.questions.ask(user, code, dto.text);
  }

  /** One vote per person; voting again changes nothing. */
  @Put(':id/vote')
  @Roles('citizen')
  @ApiOkResponse({ type: VoteResultDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  voteForMeetingQuestion(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Param('id', QuestionIdPipe) id: string,
  ): Promise<VoteResultDto> {
    return this.questions.vote(user, code, id);
  }

  @Delete(':id/vote')
  @Roles('citizen')
  @ApiOkResponse({ type: VoteResultDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  withdrawMeetingQuestionVote(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Param('id', QuestionIdPipe) id: string,
  ): Promise<VoteResultDto> {
    return this.questions.unvote(user, code, id);
  }

  /** Marks it answered (organisers, moderators, admins). */
  @Post(':id/answered')
  @Roles('moderator', 'official')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async markMeetingQuestionAnswered(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Param('id', QuestionIdPipe) id: string,
  ): Promise<void> {
    await this.questions.answer(user, meta, code, id);
  }

  /** Merges a duplicate into another question; votes move over once per person. */
  @Post(':id/merge')
  @Roles('moderator', 'official')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  async mergeMeetingQuestion(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Param('id', QuestionIdPipe) id: string,
    @Body() dto: MergeQuestionDto,
  ): Promise<void> {
    await this.questions.merge(user, meta, code, id, dto.intoId.toLowerCase());
  }

  /** Hides it with a reason: the public sees a placeholder (organisers, moderators, admins). */
  @Post(':id/hide')
  @Roles('moderator', 'official')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  async hideMeetingQuestion(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Param('id', QuestionIdPipe) id: string,
    @Body() dto: HideQuestionDto,
  ): Promise<void> {
    const meeting = await this.questions.staffOnly(user, code);
    await this.questions.assertInMeeting(meeting.id, id);
    await this.moderation.hideQuestion(id, dto.reason, user, meta, dto.details ?? null);
  }

  @Post(':id/unhide')
  @Roles('moderator', 'official')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  async unhideMeetingQuestion(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('code') code: string,
    @Param('id', QuestionIdPipe) id: string,
  ): Promise<void> {
    const meeting = await this.questions.staffOnly(user, code);
    await this.questions.assertInMeeting(meeting.id, id);
    await this.moderation.unhideQuestion(id, user, meta);
  }
}
