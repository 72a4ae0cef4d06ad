/** The text catalogue: every member-visible string of Stagegate, per language. */
export { discordTimestamp, formatList } from './format.js';
export {
  DEFAULT_LOCALE,
  isSupportedLocale,
  type Locale,
  pickLocale,
  SUPPORTED_LOCALES,
  serverLocale,
  supportedLocale,
} from './locale.js';
export { renderText, type TextRef, text } from './text-ref.js';
export {
  isMessageKey,
  type MessageKey,
  type MessageValue,
  type Translator,
  t,
  translator,
  type ValuesArgument,
  type ValuesOf,
} from './translate.js';
