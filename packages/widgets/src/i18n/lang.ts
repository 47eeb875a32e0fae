/** Screen languages: zh-CN is the screen language, English for visitors and docs. */
export type Lang = 'zh-CN' | 'en';

/** The language used when none is provided. */
export const defaultLang: Lang = 'zh-CN';
