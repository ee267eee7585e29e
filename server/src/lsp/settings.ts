import { isLocale, localeFromTag, type Locale, type RuleSetting, isRuleId, type RuleId } from '../core';

/** The editor settings under `jalon.*` that the server reads (workspace/configuration, or pushed by the client). */
export interface JalonSettings {
  /** Severity overrides on top of jalon.config.yaml. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** 'auto' follows the client's display language. */
  locale: Locale | 'auto';
  inlayHints: { enabled: boolean };
  codeLens: { enabled: boolean };
}

export const DEFAULT_SETTINGS: JalonSettings = {
  rules: {},
  locale: 'auto',
  inlayHints: { enabled: true },
  codeLens: { enabled: true },
};

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
  return {
    rules,
    locale,
    inlayHints: { enabled: flag('inlayHints', true) },
    codeLens: { enabled: flag('codeLens', true) },
  };
}

/**
 * The `jalon` section of settings a client pushes (`initializationOptions`, the `settings` of
 * `workspace/didChangeConfiguration`): `{ jalon: { locale } }`, `{ "jalon.locale": ... }`, or
 * the section itself (`{ locale, rules }`). Undefined when the payload holds none.
 */
export function pushedSection(raw: unknown): Record<string, unknown> | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  if (value.jalon && typeof value.jalon === 'object') return value.jalon as Record<string, unknown>;
  const dotted = Object.entries(value).filter(([key]) => key.startsWith('jalon.'));
  if (dotted.length > 0) {
    const section: Record<string, unknown> = {};
    for (const [key, setting] of dotted) {
      const [name, sub] = key.slice('jalon.'.length).split('.');
      if (sub) section[name] = { ...(section[name] as object | undefined), [sub]: setting };
      else section[name] = setting;
    }
    return section;
  }
  return ['locale', 'rules', 'inlayHints', 'codeLens'].some((key) => key in value) ? value : undefined;
}

/** The language of messages: the setting, else the client's display language, else the server's environment (`LANG`). */
export function effectiveLocale(
  settings: JalonSettings,
  clientLocale: string | undefined,
  environmentLocale?: string,
): Locale {
  return settings.locale === 'auto' ? localeFromTag(clientLocale ?? environmentLocale) : settings.locale;
}
