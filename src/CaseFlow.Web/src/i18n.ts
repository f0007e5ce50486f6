import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './locales/zh-CN';
import en from './locales/en';

const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem('caseflow.lang');

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: saved ?? 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

export function switchLanguage() {
  const next = i18n.language === 'zh-CN' ? 'en' : 'zh-CN';
  localStorage.setItem('caseflow.lang', next);
  void i18n.changeLanguage(next);
}

export default i18n;
