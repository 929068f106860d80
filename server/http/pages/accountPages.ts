// Account pages that work without JavaScript: register, sign in (with a safe ?next), sign out, and /me (profile,
// interface language, password). Forms post to these routes, which call the same commands as /api/auth.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { changePassword } from '../../commands/accounts/changePassword.js';
import { registerUser } from '../../commands/accounts/registerUser.js';
import { endSession, openSession } from '../../commands/accounts/sessions.js';
import { signIn } from '../../commands/accounts/signIn.js';
import { updateProfile } from '../../commands/accounts/updateProfile.js';
import { unauthenticated, type AppError } from '../../errors.js';
import { interfaceLocales } from '../../i18n/locales.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { User } from '../../models/user.js';
import { cookieOptions, rememberLocale, sessionCookieName, startBrowserSession } from '../cookies.js';
import { limitRegistrations } from '../middleware/rateLimits.js';
import { attempt, csrfField, errorSummary, field, fieldErrorsOf, pickFields, safeNextPath, statusMessage, termOptions, type FieldErrors } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';

const languageNames = { sl: 'Slovenščina', pl: 'Polski', sv: 'Svenska', en: 'English' } as const;

const fieldMessageKeys: Record<string, MessageKey> = {
  email: 'account.error.email',
  password: 'account.error.password',
  newPassword: 'account.error.password',
  currentPassword: 'account.error.required',
  displayName: 'account.error.displayName',
  country: 'account.error.country',
};

const fieldMessage = (page: PageContext) => (name: string) => page.t(fieldMessageKeys[name] ?? 'account.error.invalid');

/** The message for an error that belongs to the form as a whole (or to one field, by its code). */
function describeError(page: PageContext, error: AppError): { fields: FieldErrors; form?: string } {
  switch (error.code) {
    case 'validation_failed':
      return { fields: fieldErrorsOf(error, fieldMessage(page)) };
    case 'email_taken':
      return { fields: { email: page.t('account.error.emailTaken') } };
    case 'wrong_password':
      return { fields: { currentPassword: page.t('account.error.wrongPassword') } };
    case 'invalid_credentials':
      return { fields: {}, form: page.t('account.error.invalidCredentials') };
    case 'account_suspended':
      return { fields: {}, form: page.t('account.error.suspended') };
    case 'rate_limited':
    case 'sign_in_locked':
      return { fields: {}, form: page.t(error.code === 'sign_in_locked' ? 'account.error.signInLocked' : 'account.error.rateLimited', { minutes: retryMinutes(error) }) };
    default:
      return { fields: {}, form: page.t('error.generic.body') };
  }
}

/** Whole minutes until a refused action may be tried again (from the 429's details), at least 1. */
function retryMinutes(error: AppError): number {
  const details = error.details && typeof error.details === 'object' ? (error.details as { retryAfterSeconds?: unknown }) : {};
  return Math.max(1, Math.ceil((typeof details.retryAfterSeconds === 'number' ? details.retryAfterSeconds : 60) / 60));
}

interface FormState {
  values?: Record<string, string>;
  errors?: FieldErrors;
  formError?: string;
}

function registerForm(page: PageContext, next: string, state: FormState = {}): SafeHtml {
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const languages = interfaceLocales.map((code): readonly [string, string] => [code, languageNames[code]]);
  return html`<section class="narrow">
    <h1>${page.t('account.register.title')}</h1>
    <p>${page.t('account.register.intro')}</p>
    ${errorSummary(page, errors, state.formError)}
    <form method="post" action="/register" novalidate>
      ${csrfField(page)}<input type="hidden" name="next" value="${next}">
      ${field({ name: 'displayName', label: page.t('account.displayName'), value: values.displayName, error: errors.displayName, required: true, autocomplete: 'name' })}
      ${field({ name: 'email', label: page.t('account.email'), type: 'email', value: values.email, error: errors.email, required: true, autocomplete: 'email' })}
      ${field({ name: 'password', label: page.t('account.password'), type: 'password', hint: page.t('account.passwordHint'), error: errors.password, required: true, autocomplete: 'new-password' })}
      ${field({ name: 'organisation', label: page.t('account.organisation'), value: values.organisation, error: errors.organisation, autocomplete: 'organization' })}
      ${field({ name: 'locale', label: page.t('account.locale'), value: values.locale ?? page.locale, options: languages })}
      <button type="submit" class="button primary">${page.t('account.register.submit')}</button>
    </form>
    <p>${page.t('account.register.haveAccount')} <a href="/sign-in${next === '/me' ? '' : `?next=${encodeURIComponent(next)}`}">${page.t('nav.signIn')}</a></p>
  </section>`;
}

function signInForm(page: PageContext, next: string, state: FormState = {}): SafeHtml {
  const errors = state.errors ?? {};
  return html`<section class="narrow">
    <h1>${page.t('account.signIn.title')}</h1>
    ${errorSummary(page, errors, state.formError)}
    <form method="post" action="/sign-in" novalidate>
      ${csrfField(page)}<input type="hidden" name="next" value="${next}">
      ${field({ name: 'email', label: page.t('account.email'), type: 'email', value: state.values?.email, error: errors.email, required: true, autocomplete: 'username' })}
      ${field({ name: 'password', label: page.t('account.password'), type: 'password', error: errors.password, required: true, autocomplete: 'current-password' })}
      <button type="submit" class="button primary">${page.t('account.signIn.submit')}</button>
    </form>
    <p><a href="/forgot-password">${page.t('lifecycle.forgot.link')}</a></p>
    <p>${page.t('account.signIn.noAccount')} <a href="/register?next=${encodeURIComponent(next)}">${page.t('nav.register')}</a></p>
  </section>`;
}

function profileForms(page: PageContext, user: User, profile: FormState = {}, password: FormState = {}, saved?: string): SafeHtml {
  const values = profile.values ?? {};
  const value = (name: 'displayName' | 'organisation' | 'country' | 'bio' | 'locale'): string => values[name] ?? user[name] ?? '';
  const profileErrors = profile.errors ?? {};
  const passwordErrors = password.errors ?? {};
  const languages = interfaceLocales.map((code): readonly [string, string] => [code, languageNames[code]]);
  return html`<section class="narrow">
    <h1>${page.t('account.me.title')}</h1>
    ${statusMessage(saved)}
    <p>${page.t('account.me.signedInAs', { email: user.email })}</p>
    <p><a href="/me/practices">${page.t('nav.myPractices')}</a> · <a href="/me/account">${page.t('lifecycle.account.title')}</a></p>
    <h2 id="profile-heading">${page.t('account.me.profile')}</h2>
    ${errorSummary(page, profileErrors, profile.formError)}
    <form method="post" action="/me" aria-labelledby="profile-heading" novalidate>
      ${csrfField(page)}
      ${field({ name: 'displayName', label: page.t('account.displayName'), value: value('displayName'), error: profileErrors.displayName, required: true, autocomplete: 'name' })}
      ${field({ name: 'organisation', label: page.t('account.organisation'), value: value('organisation'), error: profileErrors.organisation, autocomplete: 'organization' })}
      ${field({ name: 'country', label: page.t('account.country'), value: value('country'), error: profileErrors.country, options: termOptions('countries', page) })}
      ${field({ name: 'locale', label: page.t('account.locale'), value: value('locale'), options: languages, hint: page.t('account.localeHint') })}
      ${field({ name: 'bio', label: page.t('account.bio'), value: value('bio'), error: profileErrors.bio, rows: 4 })}
      <button type="submit" class="button primary">${page.t('account.me.saveProfile')}</button>
    </form>
    <h2 id="password-heading">${page.t('account.me.password')}</h2>
    ${errorSummary(page, passwordErrors, password.formError, 'p')}
    <form method="post" action="/me/password" aria-labelledby="password-heading" novalidate>
      ${csrfField(page)}
      ${field({ name: 'currentPassword', idPrefix: 'p', label: page.t('account.currentPassword'), type: 'password', error: passwordErrors.currentPassword, required: true, autocomplete: 'current-password' })}
      ${field({ name: 'newPassword', idPrefix: 'p', label: page.t('account.newPassword'), type: 'password', hint: page.t('account.passwordHint'), error: passwordErrors.newPassword, required: true, autocomplete: 'new-password' })}
      <button type="submit" class="button">${page.t('account.me.changePassword')}</button>
    </form>
  </section>`;
}

export function accountPages(ctx: AppContext): Router {
  const router = Router();
  const send = (req: Request, res: Response, status: number, title: string, body: SafeHtml): void => {
    res.status(status).type('html').send(renderPage(pageContext(req), { title, body, noIndex: true }));
  };
  const nextOf = (req: Request): string => safeNextPath(req.method === 'GET' ? req.query.next : (req.body as Record<string, unknown>)?.next, '/me');
  const currentUser = (req: Request): User => {
    if (!req.user) throw unauthenticated();
    return req.user;
  };

  router.get('/register', (req, res) => {
    if (req.user) return res.redirect(303, nextOf(req));
    const page = pageContext(req);
    const email = typeof req.query.email === 'string' ? req.query.email.slice(0, 254) : '';
    send(req, res, 200, page.t('account.register.title'), registerForm(page, nextOf(req), { values: email ? { email } : {} }));
  });

  router.post('/register', limitRegistrations(ctx), async (req, res) => {
    const page = pageContext(req);
    const input = pickFields(req.body, ['email', 'password', 'displayName', 'organisation', 'locale']);
    const result = await attempt(() => registerUser(ctx, req.actor, input));
    if (!result.ok) {
      const { fields, form } = describeError(page, result.error);
      return send(req, res, result.error.status, page.t('account.register.title'), registerForm(page, nextOf(req), { values: input, errors: fields, formError: form }));
    }
    startBrowserSession(res, ctx.config, await openSession(ctx, result.value._id, req.get('user-agent')), result.value.locale);
    res.redirect(303, nextOf(req));
  });

  router.get('/sign-in', (req, res) => {
    if (req.user) return res.redirect(303, nextOf(req));
    const page = pageContext(req);
    send(req, res, 200, page.t('account.signIn.title'), signInForm(page, nextOf(req)));
  });

  router.post('/sign-in', async (req, res) => {
    const page = pageContext(req);
    const input = pickFields(req.body, ['email', 'password']);
    const result = await attempt(() => signIn(ctx, input, { address: req.ip ?? 'unknown', userAgent: req.get('user-agent') }));
    if (!result.ok) {
      const { fields, form } = describeError(page, result.error);
      return send(req, res, result.error.status, page.t('account.signIn.title'), signInForm(page, nextOf(req), { values: { email: input.email ?? '' }, errors: fields, formError: form }));
    }
    startBrowserSession(res, ctx.config, result.value.token, result.value.user.locale);
    res.redirect(303, nextOf(req));
  });

  router.post('/sign-out', async (req, res) => {
    await endSession(ctx, req.sessionToken);
    res.clearCookie(sessionCookieName, cookieOptions(ctx.config));
    res.redirect(303, '/');
  });

  router.get('/me', (req, res) => {
    const user = currentUser(req);
    const page = pageContext(req);
    const saved = req.query.saved === 'profile' ? page.t('account.me.profileSaved') : req.query.saved === 'password' ? page.t('account.me.passwordChanged') : undefined;
    send(req, res, 200, page.t('account.me.title'), profileForms(page, user, {}, {}, saved));
  });

  router.post('/me', async (req, res) => {
    const user = currentUser(req);
    const input = pickFields(req.body, ['displayName', 'organisation', 'country', 'locale', 'bio']);
    const result = await attempt(() => updateProfile(ctx, req.actor, String(user._id), input));
    if (!result.ok) {
      const page = pageContext(req);
      const { fields, form } = describeError(page, result.error);
      return send(req, res, result.error.status, page.t('account.me.title'), profileForms(page, user, { values: input, errors: fields, formError: form }));
    }
    rememberLocale(res, ctx.config, result.value.locale);
    res.redirect(303, '/me?saved=profile');
  });

  router.post('/me/password', async (req, res) => {
    const user = currentUser(req);
    const input = pickFields(req.body, ['currentPassword', 'newPassword']);
    const result = await attempt(() => changePassword(ctx, req.actor, input, req.sessionToken));
    if (!result.ok) {
      const page = pageContext(req);
      const { fields, form } = describeError(page, result.error);
      return send(req, res, result.error.status, page.t('account.me.title'), profileForms(page, user, {}, { errors: fields, formError: form }));
    }
    res.redirect(303, '/me?saved=password');
  });

  return router;
}
