// Account pages reached from e-mail and from /me/account, working without JavaScript: forgotten password and the
// reset form behind the mailed link, confirming an address (a button, so a mail scanner opening the link changes
// nothing), confirming a new address, and the account page with verification, change of address, the data
// export and deleting the account.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { checkAccountToken } from '../../commands/accounts/accountTokens.js';
import { deleteAccount } from '../../commands/accounts/deleteAccount.js';
import { confirmEmailChange, requestEmailChange, requestEmailVerification, verifyEmail } from '../../commands/accounts/emailAddress.js';
import { requestPasswordReset, resetPassword } from '../../commands/accounts/passwordReset.js';
import { unauthenticated, type AppError } from '../../errors.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { AccountTokenPurpose } from '../../models/accountToken.js';
import type { User } from '../../models/user.js';
import { cookieOptions, sessionCookieName } from '../cookies.js';
import { limitRegistrations } from '../middleware/rateLimits.js';
import { attempt, csrfField, errorSummary, field, fieldErrorsOf, pickFields, statusMessage, type FieldErrors } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';

const fieldKeys: Record<string, MessageKey> = {
  email: 'account.error.email',
  newEmail: 'account.error.email',
  password: 'account.error.password',
  currentPassword: 'account.error.required',
  content: 'account.error.invalid',
};

function describe(page: PageContext, error: AppError): { fields: FieldErrors; form?: string } {
  switch (error.code) {
    case 'validation_failed':
      return { fields: fieldErrorsOf(error, (name) => page.t(fieldKeys[name] ?? 'account.error.invalid')) };
    case 'wrong_password':
      return { fields: { currentPassword: page.t('account.error.wrongPassword') } };
    case 'email_taken':
      return { fields: { newEmail: page.t('account.error.emailTaken') } };
    case 'email_unchanged':
      return { fields: { newEmail: page.t('lifecycle.error.emailUnchanged') } };
    case 'invalid_token':
      return { fields: {}, form: page.t('lifecycle.error.invalidToken') };
    case 'rate_limited':
      return { fields: {}, form: page.t('account.error.rateLimited') };
    default:
      return { fields: {}, form: page.t('error.generic.body') };
  }
}

const section = (title: string, body: SafeHtml): SafeHtml => html`<section class="narrow"><h1>${title}</h1>${body}</section>`;

function forgotForm(page: PageContext, errors: FieldErrors = {}, formError?: string): SafeHtml {
  return html`<p>${page.t('lifecycle.forgot.intro')}</p>${errorSummary(page, errors, formError)}
    <form method="post" action="/forgot-password" novalidate>${csrfField(page)}
      ${field({ name: 'email', label: page.t('account.email'), type: 'email', error: errors.email, required: true, autocomplete: 'email' })}
      <button type="submit" class="button primary">${page.t('lifecycle.forgot.submit')}</button></form>`;
}

function resetForm(page: PageContext, token: string, errors: FieldErrors = {}, formError?: string): SafeHtml {
  return html`${errorSummary(page, errors, formError)}
    <form method="post" action="/reset-password/${token}" novalidate>${csrfField(page)}
      ${field({ name: 'password', label: page.t('account.newPassword'), type: 'password', hint: page.t('account.passwordHint'), error: errors.password, required: true, autocomplete: 'new-password' })}
      <button type="submit" class="button primary">${page.t('lifecycle.reset.submit')}</button></form>`;
}

const confirmButton = (page: PageContext, action: string, label: string): SafeHtml =>
  html`<form method="post" action="${action}">${csrfField(page)}<button type="submit" class="button primary">${label}</button></form>`;

interface AccountFormState {
  readonly change?: { errors: FieldErrors; formError?: string; value?: string };
  readonly remove?: { errors: FieldErrors; formError?: string };
  readonly notice?: string;
}

function accountPage(page: PageContext, user: User, state: AccountFormState = {}): SafeHtml {
  const change = state.change ?? { errors: {} };
  const remove = state.remove ?? { errors: {} };
  return html`${statusMessage(state.notice)}
    <h2 id="address-heading">${page.t('lifecycle.account.address')}</h2>
    <p>${page.t('account.me.signedInAs', { email: user.email })}
      ${user.emailVerifiedAt ? html`<span class="badge">${page.t('lifecycle.account.verified')}</span>` : html`<strong>${page.t('lifecycle.account.unverified')}</strong>`}</p>
    ${user.emailVerifiedAt ? '' : confirmButton(page, '/me/email-verification', page.t('lifecycle.account.resend'))}
    <h3 id="change-heading">${page.t('lifecycle.account.change')}</h3>
    <p>${page.t('lifecycle.account.changeIntro')}</p>
    ${errorSummary(page, change.errors, change.formError, 'c')}
    <form method="post" action="/me/email" aria-labelledby="change-heading" novalidate>${csrfField(page)}
      ${field({ name: 'newEmail', idPrefix: 'c', label: page.t('lifecycle.account.newEmail'), type: 'email', value: change.value, error: change.errors.newEmail, required: true, autocomplete: 'email' })}
      ${field({ name: 'currentPassword', idPrefix: 'c', label: page.t('account.currentPassword'), type: 'password', error: change.errors.currentPassword, required: true, autocomplete: 'current-password' })}
      <button type="submit" class="button">${page.t('lifecycle.account.changeSubmit')}</button></form>
    <h2>${page.t('lifecycle.account.export')}</h2>
    <p>${page.t('lifecycle.account.exportIntro')}</p>
    <p><a class="button" href="/api/me/export" download>${page.t('lifecycle.account.exportLink')}</a></p>
    <h2 id="delete-heading">${page.t('lifecycle.account.delete')}</h2>
    <p>${page.t('lifecycle.account.deleteIntro')}</p>
    ${errorSummary(page, remove.errors, remove.formError, 'd')}
    <form method="post" action="/me/delete" aria-labelledby="delete-heading" novalidate>${csrfField(page)}
      <fieldset><legend>${page.t('lifecycle.account.deleteContent')}</legend>
        <div class="choice"><input type="radio" id="d-content-keep" name="content" value="keep" checked><label for="d-content-keep">${page.t('lifecycle.account.keep')}</label></div>
        <div class="choice"><input type="radio" id="d-content-remove" name="content" value="remove"><label for="d-content-remove">${page.t('lifecycle.account.remove')}</label></div>
      </fieldset>
      ${field({ name: 'currentPassword', idPrefix: 'd', label: page.t('account.currentPassword'), type: 'password', error: remove.errors.currentPassword, required: true, autocomplete: 'current-password' })}
      <button type="submit" class="button danger">${page.t('lifecycle.account.deleteSubmit')}</button></form>`;
}

export function accountLifecyclePages(ctx: AppContext): Router {
  const router = Router();
  const authLimit = limitRegistrations(ctx);
  const send = (req: Request, res: Response, status: number, title: MessageKey, body: SafeHtml): void => {
    const page = pageContext(req);
    res.status(status).type('html').send(renderPage(page, { title: page.t(title), body: section(page.t(title), body), noIndex: true }));
  };
  const invalidLink = (req: Request, res: Response, title: MessageKey): void =>
    send(req, res, 400, title, html`<p class="error-summary" role="alert">${pageContext(req).t('lifecycle.error.invalidToken')}</p><p><a href="/forgot-password">${pageContext(req).t('lifecycle.forgot.title')}</a></p>`);
  const currentUser = (req: Request): User => {
    if (!req.user) throw unauthenticated();
    return req.user;
  };
  /** A page behind a mailed link: shows `body` while the token is good, else the invalid-link page. */
  const linkPage = (purpose: AccountTokenPurpose, title: MessageKey, body: (page: PageContext, token: string) => SafeHtml) =>
    async (req: Request, res: Response): Promise<void> => {
      const token = String(req.params.token);
      const checked = await attempt(() => checkAccountToken(ctx, token, purpose));
      if (!checked.ok) return invalidLink(req, res, title);
      send(req, res, 200, title, body(pageContext(req), token));
    };

  router.get('/forgot-password', (req, res) => send(req, res, 200, 'lifecycle.forgot.title', forgotForm(pageContext(req))));
  router.post('/forgot-password', authLimit, async (req, res) => {
    const page = pageContext(req);
    const result = await attempt(() => requestPasswordReset(ctx, pickFields(req.body, ['email'])));
    if (!result.ok) {
      const { fields, form } = describe(page, result.error);
      return send(req, res, result.error.status, 'lifecycle.forgot.title', forgotForm(page, fields, form));
    }
    send(req, res, 200, 'lifecycle.forgot.title', statusMessage(page.t('lifecycle.forgot.sent')));
  });

  router.get('/reset-password/:token', linkPage('passwordReset', 'lifecycle.reset.title', (page, token) => resetForm(page, token)));
  router.post('/reset-password/:token', authLimit, async (req, res) => {
    const page = pageContext(req);
    const token = String(req.params.token);
    const result = await attempt(() => resetPassword(ctx, { token, ...pickFields(req.body, ['password']) }));
    if (!result.ok) {
      if (result.error.code === 'invalid_token') return invalidLink(req, res, 'lifecycle.reset.title');
      const { fields, form } = describe(page, result.error);
      return send(req, res, result.error.status, 'lifecycle.reset.title', resetForm(page, token, fields, form));
    }
    res.clearCookie(sessionCookieName, cookieOptions(ctx.config));
    send(req, res, 200, 'lifecycle.reset.title', html`${statusMessage(page.t('lifecycle.reset.done'))}<p><a class="button primary" href="/sign-in">${page.t('nav.signIn')}</a></p>`);
  });

  router.get('/verify-email/:token', linkPage('verifyEmail', 'lifecycle.verify.title', (page, token) => confirmButton(page, `/verify-email/${token}`, page.t('lifecycle.verify.submit'))));
  router.post('/verify-email/:token', authLimit, async (req, res) => {
    const result = await attempt(() => verifyEmail(ctx, String(req.params.token)));
    if (!result.ok) return invalidLink(req, res, 'lifecycle.verify.title');
    send(req, res, 200, 'lifecycle.verify.title', statusMessage(pageContext(req).t('lifecycle.verify.done')));
  });

  router.get('/confirm-email/:token', linkPage('changeEmail', 'lifecycle.confirm.title', (page, token) => confirmButton(page, `/confirm-email/${token}`, page.t('lifecycle.confirm.submit'))));
  router.post('/confirm-email/:token', authLimit, async (req, res) => {
    const result = await attempt(() => confirmEmailChange(ctx, String(req.params.token)));
    if (!result.ok) {
      if (result.error.code === 'invalid_token') return invalidLink(req, res, 'lifecycle.confirm.title');
      return send(req, res, result.error.status, 'lifecycle.confirm.title', html`<p class="error-summary" role="alert">${pageContext(req).t('account.error.emailTaken')}</p>`);
    }
    send(req, res, 200, 'lifecycle.confirm.title', statusMessage(pageContext(req).t('lifecycle.confirm.done', { email: result.value.email })));
  });

  router.get('/me/account', (req, res) => {
    const user = currentUser(req);
    const page = pageContext(req);
    const notices: Record<string, MessageKey> = { verification: 'lifecycle.account.resent', email: 'lifecycle.account.changeSent' };
    const notice = typeof req.query.sent === 'string' && notices[req.query.sent] ? page.t(notices[req.query.sent] as MessageKey) : undefined;
    send(req, res, 200, 'lifecycle.account.title', accountPage(page, user, { notice }));
  });
  router.post('/me/email-verification', authLimit, async (req, res) => {
    currentUser(req);
    await requestEmailVerification(ctx, req.actor);
    res.redirect(303, '/me/account?sent=verification');
  });
  router.post('/me/email', authLimit, async (req, res) => {
    const user = currentUser(req);
    const input = pickFields(req.body, ['newEmail', 'currentPassword']);
    const result = await attempt(() => requestEmailChange(ctx, req.actor, input));
    if (!result.ok) {
      const page = pageContext(req);
      const { fields, form } = describe(page, result.error);
      return send(req, res, result.error.status, 'lifecycle.account.title', accountPage(page, user, { change: { errors: fields, formError: form, value: input.newEmail } }));
    }
    res.redirect(303, '/me/account?sent=email');
  });
  router.post('/me/delete', authLimit, async (req, res) => {
    const user = currentUser(req);
    const result = await attempt(() => deleteAccount(ctx, req.actor, pickFields(req.body, ['currentPassword', 'content'])));
    if (!result.ok) {
      const page = pageContext(req);
      const { fields, form } = describe(page, result.error);
      return send(req, res, result.error.status, 'lifecycle.account.title', accountPage(page, user, { remove: { errors: fields, formError: form } }));
    }
    res.clearCookie(sessionCookieName, cookieOptions(ctx.config));
    res.redirect(303, '/?deleted=1');
  });
  return router;
}
