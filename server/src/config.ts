// The `provenance` settings section: defaults, and a tolerant reader for whatever the client sends
// (a hand-edited settings.json may hold anything; a bad value falls back to its default).
import { DIAGNOSTIC_CODES, DiagnosticSeverity, type DiagnosticCode } from './languageFeatures/types';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface ProvenanceSettings {
  /** Folders or globs of sources, relative to the workspace folder or absolute. Empty: not set. */
  sources: string[];
  /** Severity per diagnostic code; 'off' drops the code. */
  diagnostics: Record<DiagnosticCode, SeveritySetting>;
  /** Quiet time after the last keystroke before a draft is checked again. */
  debounceMs: number;
  /** Keep the sources' analyses between sessions (where the client says: initializationOptions.cacheDirectory). */
  indexCache: boolean;
}

export const DEFAULT_SEVERITIES: Record<DiagnosticCode, SeveritySetting> = {
  'quote-unsourced': 'warning',
  'quote-mismatch': 'warning',
  'quote-misattributed': 'warning',
  'number-conflict': 'warning',
  'claim-unsourced': 'information',
  'role-conflict': 'warning',
  'name-variant': 'hint',
};

export const DEFAULT_DEBOUNCE_MS = 300;

export function defaultSettings(): ProvenanceSettings {
  return { sources: [], diagnostics: { ...DEFAULT_SEVERITIES }, debounceMs: DEFAULT_DEBOUNCE_MS, indexCache: true };
}

const severityNames: Record<string, SeveritySetting> = {
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  information: 'information',
  info: 'information',
  hint: 'hint',
  off: 'off',
  none: 'off',
  false: 'off',
};

/**
 * Reads the `provenance` section. Accepts `diagnostics` as an object keyed by code
 * ({"quote-unsourced": "off"}) and also the flattened keys VS Code writes for dotted settings
 * ("diagnostics.quote-unsourced": "off").
 */
export function readSettings(raw: unknown): ProvenanceSettings {
  const settings = defaultSettings();
  if (!raw || typeof raw !== 'object') return settings;
  const section = raw as Record<string, unknown>;
  if (Array.isArray(section.sources)) {
    settings.sources = section.sources.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim());
  } else if (typeof section.sources === 'string' && section.sources.trim() !== '') {
    settings.sources = [section.sources.trim()];
  }
  const perCode = section.diagnostics && typeof section.diagnostics === 'object' ? (section.diagnostics as Record<string, unknown>) : {};
  for (const code of DIAGNOSTIC_CODES) {
    const value = perCode[code] ?? section[`diagnostics.${code}`];
    const severity = typeof value === 'string' ? severityNames[value.trim().toLowerCase()] : value === false ? 'off' : undefined;
    if (severity) settings.diagnostics[code] = severity;
  }
  const debounce = Number(section.debounceMs);
  if (typeof section.debounceMs === 'number' || (typeof section.debounceMs === 'string' && section.debounceMs.trim() !== '')) {
    if (Number.isFinite(debounce) && debounce >= 0) settings.debounceMs = Math.min(debounce, 10_000);
  }
  if (section.indexCache === false || section.indexCache === 'false') settings.indexCache = false;
  return settings;
}

export function severityOf(setting: SeveritySetting): DiagnosticSeverity | undefined {
  switch (setting) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
    case 'off':
      return undefined;
  }
}
