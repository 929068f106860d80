// Remembers the interface language chosen with the switch (?lang=sv on any page) in the locale cookie, so the
// next pages stay in that language without the parameter.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { isInterfaceLocale } from '../../i18n/locales.js';
import { localeCookieName, rememberLocale } from '../cookies.js';

export function languageChoice(ctx: AppContext): Router {
  const router = Router();
  router.get('/{*path}', (req, res, next) => {
    const lang = req.query.lang;
    if (isInterfaceLocale(lang) && req.cookies?.[localeCookieName] !== lang) rememberLocale(res, ctx.config, lang);
    next();
  });
  return router;
}
