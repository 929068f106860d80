// Attendance, feedback, certificates and one's own learning: /api/trainings/:id/sessions/:sessionId/attendance and
// /ics, /api/trainings/:id/feedback and /certificate, /api/certificates/:code (public verification), /api/me/learning,
// /api/me/calendar-token and the personal feed /api/calendar/:token.
import { Router, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { ownCertificate, verifyCertificate } from '../../commands/trainings/certificates.js';
import { feedbackSummary, submitFeedback } from '../../commands/trainings/feedback.js';
import { markAttendance } from '../../commands/trainings/markAttendance.js';
import { calendarOwner, calendarToken, myLearning, upcomingSessions } from '../../commands/trainings/myLearning.js';
import { loadSession } from '../../commands/trainings/sessionCalendar.js';
import { renderCertificatePdf } from '../../certificates/certificatePdf.js';
import { icalendar } from '../../content/icalendar.js';
import { presentCertificate, presentLearning, sessionEvent } from '../../presenters/learningPresenter.js';
import { presentRegistration } from '../../presenters/trainingPresenter.js';

function sendCalendar(res: Response, fileName: string, body: string): void {
  res.type('text/calendar; charset=utf-8').set('Content-Disposition', `attachment; filename="${fileName}.ics"`).send(body);
}

export function learningRoutes(ctx: AppContext): Router {
  const router = Router();
  const publicUrl = ctx.config.publicUrl;

  router.put('/trainings/:id/sessions/:sessionId/attendance', async (req, res) => {
    const updated = await markAttendance(ctx, req.actor, req.params.id, req.params.sessionId, req.body);
    res.json({ data: updated.map(presentRegistration) });
  });

  router.get('/trainings/:id/sessions/:sessionId/ics', async (req, res) => {
    const { training, session } = await loadSession(ctx, req.actor, req.params.id, req.params.sessionId);
    sendCalendar(res, `${training.slug}-${String(session._id)}`, icalendar(training.slug, [sessionEvent(training, session, publicUrl, training.language)]));
  });

  router.post('/trainings/:id/feedback', async (req, res) => {
    const saved = await submitFeedback(ctx, req.actor, req.params.id, req.body);
    res.json({ data: { rating: saved.rating, comment: saved.comment } });
  });

  router.get('/trainings/:id/feedback', async (req, res) => {
    res.json({ data: await feedbackSummary(ctx, req.actor, req.params.id) });
  });

  router.get('/trainings/:id/certificate', async (req, res) => {
    const facts = await ownCertificate(ctx, req.actor, req.params.id);
    const pdf = await renderCertificatePdf(facts, publicUrl);
    res.type('application/pdf').set('Content-Disposition', `attachment; filename="certificate-${facts.trainingSlug}.pdf"`).send(pdf);
  });

  router.get('/certificates/:code', async (req, res) => {
    res.json({ data: presentCertificate(await verifyCertificate(ctx, req.params.code)) });
  });

  router.get('/me/learning', async (req, res) => {
    res.json({ data: presentLearning(await myLearning(ctx, req.actor)) });
  });

  router.get('/me/calendar-token', (req, res) => {
    const token = calendarToken(ctx, req.actor);
    res.json({ data: { token, url: `${publicUrl.replace(/\/$/, '')}/api/calendar/${token}` } });
  });

  router.get('/calendar/:token', async (req, res) => {
    const owner = calendarOwner(ctx, req.params.token);
    const sessions = await upcomingSessions(ctx, owner);
    sendCalendar(res, 'praxis', icalendar('Praxis', sessions.map(({ training, session }) => sessionEvent(training, session, publicUrl, training.language))));
  });

  return router;
}
