/**
 * Translation resources shared by the UI, the CLI, menus and (later) documents.
 * `locales/id.json` is the source of keys; `en.json` mirrors it (a test checks).
 */
import i18next, { type i18n as I18n } from 'i18next';
import type { Language } from './contract';
import en from './locales/en.json';
import id from './locales/id.json';

export const resources = { id: { translation: id }, en: { translation: en } } as const;
export const defaultLanguage: Language = 'id';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}

/** A ready i18next instance for non-React hosts (CLI, menus). */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
