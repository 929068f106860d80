// Binds every collection's schema to one mongoose connection, so each app (and each test file) has its own.
import type { Connection } from 'mongoose';
import { accountTokenSchema, type AccountToken } from './accountToken.js';
import { assessmentAttemptSchema, type AssessmentAttempt } from './assessmentAttempt.js';
import { assessmentRoundSchema, type AssessmentRound } from './assessmentRound.js';
import { assessmentTallySchema, type AssessmentTally } from './assessmentTally.js';
import { auditSchema, type AuditEntry } from './audit.js';
import { collectionSchema, type Collection } from './collection.js';
import { communitySchema, type Community } from './community.js';
import { digestClaimSchema, type DigestClaim } from './digestClaim.js';
import { fanOutJobSchema, type FanOutJob } from './fanOutJob.js';
import { flagSchema, type Flag } from './flag.js';
import { bookmarkSchema, type Bookmark } from './bookmark.js';
import { savedSearchSchema, type SavedSearch } from './savedSearch.js';
import { followSchema, type Follow } from './follow.js';
import { handleSchema, type Handle } from './handle.js';
import { instrumentSchema, type Instrument } from './instrument.js';
import { inviteSchema, type Invite } from './invite.js';
import { leaseSchema, type Lease } from './lease.js';
import { membershipSchema, type Membership } from './membership.js';
import { messageSchema, type Message } from './message.js';
import { notificationSchema, type Notification } from './notification.js';
import { outboxMessageSchema, type OutboxMessage } from './outboxMessage.js';
import { organisationSchema, type Organisation } from './organisation.js';
import { organisationMembershipSchema, type OrganisationMembership } from './organisationMembership.js';
import { postSchema, type Post } from './post.js';
import { planSchema, type Plan } from './plan.js';
import { planReportSchema, type PlanReport } from './planReport.js';
import { planTemplateSchema, type PlanTemplate } from './planTemplate.js';
import { practiceSchema, type Practice } from './practice.js';
import { programmeSchema, type Programme } from './programme.js';
import { resourceSchema, type Resource } from './resource.js';
import { revisionSchema, type Revision } from './revision.js';
import { savedRecommendationSchema, type SavedRecommendation } from './savedRecommendation.js';
import { roomSchema, type Room } from './room.js';
import { slowModeWindowSchema, type SlowModeWindow } from './slowModeWindow.js';
import { threadSchema, type Thread } from './thread.js';
import { threadReadSchema, type ThreadRead } from './threadRead.js';
import { trainingSchema, type Training } from './training.js';
import { trainingFeedbackSchema, type TrainingFeedback } from './trainingFeedback.js';
import { registrationSchema, type Registration } from './registration.js';
import { participationSchema, type Participation } from './participation.js';
import { searchQueryStatSchema, type SearchQueryStat } from './searchQueryStat.js';
import { sessionSchema, type Session } from './session.js';
import { statisticsSnapshotSchema, type StatisticsSnapshot } from './statisticsSnapshot.js';
import { statisticsCellSchema, statisticsPersonSchema, type StatisticsCell, type StatisticsPerson } from './statisticsRollup.js';
import { completionImportSchema, type CompletionImport } from './completionImport.js';
import { uploadSchema, type Upload } from './upload.js';
import { userSchema, type User } from './user.js';

export function createModels(connection: Connection) {
  return {
    User: connection.model<User>('User', userSchema, 'users'),
    Session: connection.model<Session>('Session', sessionSchema, 'sessions'),
    AccountToken: connection.model<AccountToken>('AccountToken', accountTokenSchema, 'accountTokens'),
    Audit: connection.model<AuditEntry>('Audit', auditSchema, 'audit'),
    Upload: connection.model<Upload>('Upload', uploadSchema, 'uploads'),
    Community: connection.model<Community>('Community', communitySchema, 'communities'),
    Membership: connection.model<Membership>('Membership', membershipSchema, 'memberships'),
    Invite: connection.model<Invite>('Invite', inviteSchema, 'invites'),
    Thread: connection.model<Thread>('Thread', threadSchema, 'threads'),
    Post: connection.model<Post>('Post', postSchema, 'posts'),
    Practice: connection.model<Practice>('Practice', practiceSchema, 'practices'),
    PracticeRevision: connection.model<Revision>('PracticeRevision', revisionSchema, 'practiceRevisions'),
    Resource: connection.model<Resource>('Resource', resourceSchema, 'resources'),
    ResourceRevision: connection.model<Revision>('ResourceRevision', revisionSchema, 'resourceRevisions'),
    Collection: connection.model<Collection>('Collection', collectionSchema, 'collections'),
    Room: connection.model<Room>('Room', roomSchema, 'rooms'),
    Message: connection.model<Message>('Message', messageSchema, 'messages'),
    Flag: connection.model<Flag>('Flag', flagSchema, 'flags'),
    OutboxMessage: connection.model<OutboxMessage>('OutboxMessage', outboxMessageSchema, 'outbox'),
    FanOutJob: connection.model<FanOutJob>('FanOutJob', fanOutJobSchema, 'fanOutJobs'),
    DigestClaim: connection.model<DigestClaim>('DigestClaim', digestClaimSchema, 'digestClaims'),
    SlowModeWindow: connection.model<SlowModeWindow>('SlowModeWindow', slowModeWindowSchema, 'slowModeWindows'),
    Organisation: connection.model<Organisation>('Organisation', organisationSchema, 'organisations'),
    OrganisationMembership: connection.model<OrganisationMembership>('OrganisationMembership', organisationMembershipSchema, 'organisationMemberships'),
    Programme: connection.model<Programme>('Programme', programmeSchema, 'programmes'),
    Plan: connection.model<Plan>('Plan', planSchema, 'plans'),
    PlanRevision: connection.model<Revision>('PlanRevision', revisionSchema, 'planRevisions'),
    PlanReport: connection.model<PlanReport>('PlanReport', planReportSchema, 'planReports'),
    PlanTemplate: connection.model<PlanTemplate>('PlanTemplate', planTemplateSchema, 'planTemplates'),
    Training: connection.model<Training>('Training', trainingSchema, 'trainings'),
    Registration: connection.model<Registration>('Registration', registrationSchema, 'registrations'),
    Participation: connection.model<Participation>('Participation', participationSchema, 'participations'),
    TrainingFeedback: connection.model<TrainingFeedback>('TrainingFeedback', trainingFeedbackSchema, 'trainingFeedback'),
    StatisticsSnapshot: connection.model<StatisticsSnapshot>('StatisticsSnapshot', statisticsSnapshotSchema, 'statisticsSnapshots'),
    StatisticsCell: connection.model<StatisticsCell>('StatisticsCell', statisticsCellSchema, 'statisticsCells'),
    StatisticsPerson: connection.model<StatisticsPerson>('StatisticsPerson', statisticsPersonSchema, 'statisticsPeople'),
    CompletionImport: connection.model<CompletionImport>('CompletionImport', completionImportSchema, 'completionImports'),
    Lease: connection.model<Lease>('Lease', leaseSchema, 'leases'),
    Follow: connection.model<Follow>('Follow', followSchema, 'follows'),
    Handle: connection.model<Handle>('Handle', handleSchema, 'handles'),
    Bookmark: connection.model<Bookmark>('Bookmark', bookmarkSchema, 'bookmarks'),
    SavedSearch: connection.model<SavedSearch>('SavedSearch', savedSearchSchema, 'savedSearches'),
    ThreadRead: connection.model<ThreadRead>('ThreadRead', threadReadSchema, 'threadReads'),
    Notification: connection.model<Notification>('Notification', notificationSchema, 'notifications'),
    Instrument: connection.model<Instrument>('Instrument', instrumentSchema, 'instruments'),
    AssessmentAttempt: connection.model<AssessmentAttempt>('AssessmentAttempt', assessmentAttemptSchema, 'assessmentAttempts'),
    AssessmentRound: connection.model<AssessmentRound>('AssessmentRound', assessmentRoundSchema, 'assessmentRounds'),
    AssessmentTally: connection.model<AssessmentTally>('AssessmentTally', assessmentTallySchema, 'assessmentTallies'),
    SavedRecommendation: connection.model<SavedRecommendation>('SavedRecommendation', savedRecommendationSchema, 'savedRecommendations'),
    SearchQueryStat: connection.model<SearchQueryStat>('SearchQueryStat', searchQueryStatSchema, 'searchQueryStats'),
  };
}

export type Models = ReturnType<typeof createModels>;

/**
 * Creates every collection and its declared indexes before the app serves: unique indexes are what the code relies
 * on, and on mongo-java-server two concurrent first inserts into a missing collection can fail while both create it.
 */
export async function syncIndexes(models: Models): Promise<void> {
  for (const model of Object.values(models)) {
    await model.init();
    await model.createIndexes();
  }
}
