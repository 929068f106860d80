// The server-rendered pages, mounted after the API; each area adds its page router here.
import type { Router } from 'express';
import type { AppContext } from '../../context.js';
import { accountLifecyclePages } from './accountLifecyclePages.js';
import { accountPages } from './accountPages.js';
import { browsePages } from './browsePages.js';
import { collectionPages } from './collectionPages.js';
import { collectionEditorPages } from './collectionEditorPages.js';
import { communityPages } from './communityPages.js';
import { editorPages } from './editorPages.js';
import { homePages } from './homePages.js';
import { learningPages } from './learningPages.js';
import { programmePages } from './programmePages.js';
import { completionImportPage } from './completionImportPage.js';
import { statisticsPages } from './statisticsPages.js';
import { trainingPages } from './trainingPages.js';
import { languageChoice } from './languageChoice.js';
import { mailPages } from './mailPages.js';
import { moderationPages } from './moderationPages.js';
import { notificationPages } from './notificationPages.js';
import { personalHeader } from './personalHeader.js';
import { participationPages } from './participationPages.js';
import { practicePages } from './practicePages.js';
import { roomPages } from './roomPages.js';
import { savedSearchPages } from './savedSearchPages.js';
import { reviewPages } from './reviewPages.js';
import { resourcePages } from './resourcePages.js';
import { organisationPages } from './organisationPages.js';
import { planEditorPages } from './planEditorPages.js';
import { planPages } from './planPages.js';
import { programmeDashboardPage } from './programmeDashboardPage.js';
import { searchAnalyticsPage } from './searchAnalyticsPage.js';
import { vocabularyPage } from './vocabularyPage.js';
import { selfAssessmentInstrumentPages } from './selfAssessmentInstrumentPages.js';
import { selfAssessmentPages } from './selfAssessmentPages.js';
import { selfAssessmentRoundPages } from './selfAssessmentRoundPages.js';

export function pageRouters(ctx: AppContext): Router[] {
  return [
    languageChoice(ctx),
    personalHeader(ctx),
    accountPages(ctx),
    notificationPages(ctx),
    savedSearchPages(ctx),
    accountLifecyclePages(ctx),
    editorPages(ctx),
    roomPages(ctx),
    reviewPages(ctx),
    moderationPages(ctx),
    mailPages(ctx),
    collectionEditorPages(ctx),
    participationPages(ctx),
    homePages(ctx),
    browsePages(ctx),
    practicePages(ctx),
    resourcePages(ctx),
    collectionPages(ctx),
    communityPages(ctx),
    learningPages(ctx),
    completionImportPage(ctx),
    trainingPages(ctx),
    statisticsPages(ctx),
    organisationPages(ctx),
    planEditorPages(ctx),
    planPages(ctx),
    programmeDashboardPage(ctx),
    programmePages(ctx),
    selfAssessmentPages(ctx),
    selfAssessmentInstrumentPages(ctx),
    selfAssessmentRoundPages(ctx),
    searchAnalyticsPage(ctx),
    vocabularyPage(ctx),
  ];
}
