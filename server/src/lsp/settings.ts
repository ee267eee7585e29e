import { isLocale, localeFromTag, type Locale, type RuleSetting, isRuleId, type RuleId } from '../core';

/** The editor settings under `jalon.*` that the server reads (workspace/configuration). */
export interface JalonSettings {
  /** Severity overrides on top of jalon.config.yaml. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** 'auto' follows the client's display language. */
  locale: Locale | 'auto';
  inlayHints: { enabled: boolean };
  codeLens: { enabled: boolean };
}

export const DEFAULT_SETTINGS: JalonSettings = { rules: {}, locale: 'auto', inlayHints: { enabled: true }, codeLens: { enabled: true } };

const SETTINGS = new Set(['off', 'info', 'warning', 'error']);

/** Reads what the client sent, keeping only values of the right shape. */
export function readSettings(raw: unknown): JalonSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  if (value.rules && typeof value.rules === 'object') {
    for (const [id, setting] of Object.entries(value.rules as Record<string, unknown>)) {
      if (isRuleId(id) && typeof setting === 'string' && SETTINGS.has(setting)) rules[id] = setting as RuleSetting;
    }
  }
  const locale = isLocale(value.locale) ? value.locale : 'auto';
  const flag = (key: string, fallback: boolean) => {
    const section = value[key] as Record<string, unknown> | undefined;
    return typeof section?.enabled === 'boolean' ? section.enabled : fallback;
  };
  return { rules, locale, inlayHints: { enabled: flag('inlayHints', true) }, codeLens: { enabled: flag('codeLens', true) } };
}

/** The language of messages: the setting, else the client's display language. */
export function effectiveLocale(settings: JalonSettings, clientLocale: string | undefined): Locale {
  return settings.locale === 'auto' ? localeFromTag(clientLocale) : settings.locale;
}
