import { createContext, useCallback, useContext } from 'react';
import type { MessageParams } from './defineMessages.js';
import { defaultLang, type Lang } from './lang.js';
import { type MessageKey, translate } from './messages.js';

/** Carries the screen language; OnescreenProvider sets it. */
export const LangContext = createContext<Lang>(defaultLang);

/** The current screen language ('zh-CN' outside any provider). */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** The `t(key, params?)` helper bound to the current language. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const lang = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
