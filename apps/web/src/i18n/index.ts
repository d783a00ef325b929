import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ru from './ru.json';
import tg from './tg.json';

export const LANGUAGES = ['en', 'ru', 'tg'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORED = 'apm.language';

/** The interface language: the one chosen on this device, else the browser's, else English. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORED);
  if (LANGUAGES.includes(stored as Language)) return stored as Language;
  const browser = navigator.language.slice(0, 2);
  return LANGUAGES.includes(browser as Language) ? (browser as Language) : 'en';
}

export function chooseLanguage(language: Language): void {
  localStorage.setItem(STORED, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru }, tg: { translation: tg } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18next.language;

export default i18next;
