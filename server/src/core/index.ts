/**
 * The core's public surface: what the language server, the CLI and the bench use of it. Code
 * outside `core/` imports from here (server/test/architecture.test.ts checks it); the core's
 * own files import each other directly. Tests may reach inside.
 */

// Text, languages and configuration.
export { LineIndex, type OffsetRange } from './text/lineIndex';
export { isLocale, localeFromTag, type Locale, type Localized } from './i18n/locale';
export { CONFIG_FILE_NAME, parseConfig, type ConfigProblem, type JalonConfig, type RuleSetting } from './config/config';

// Files: decoding, size limits, and what is said of a file that cannot be read.
export type { DecodedText } from './text/decodeText';
export type { FileProblem } from './workspace/fileProblem';
export { DEFAULT_MAX_FILE_SIZE } from './config/fileSize';
export { configUnreadableMessage } from './workspace/fileProblem';
export { decodePlanText } from './text/decodeText';
export { fileProblemMessage } from './workspace/fileProblem';
export { parseFileSize } from './config/fileSize';

// Checking: files → plans → findings.
export { checkSources, checkSourcesCompleting, loadPlanFile, type SourceFile } from './check';
export type { PlanFile } from './model/types';
export { byKind } from './model/kinds';
export type { Plan } from './plan/assemble';
export { namedPlanId } from './plan/namedPlanId';
export type { Finding, Severity } from './rules/finding';
export {
  DOCS_BASE,
  DOCS_BASE_FR,
  RULE_IDS,
  defaultSeverity,
  isRuleId,
  ruleDocsUrl,
  ruleSummary,
  type RuleId,
} from './rules/registry';
export { planValidator } from './schema/planSchema';
export { PlanWorkspace } from './workspace/planWorkspace';
export { LOGO_MAX_SIZE, type LogoCheck, type LogoFile, type LogoReader } from './workspace/logoCheck';
export { warmUp } from './workspace/warmUp';
export { generatePlan } from './generate/generatePlan';
export { generateGrShapedPlan } from './generate/grShapedPlan';

// Language features, in offsets of a file (the server converts them to LSP).
export { quickFixes } from './features/codeActions/quickFixes';
export type { QuickFix } from './features/codeActions/quickFix';
export { itemLenses } from './features/codeLens';
export { completionsAt } from './features/completion/complete';
export type { CompletionKind, PlanCompletion } from './features/completion/types';
export { foldingBlocks } from './features/folding';
export { hoverAt } from './features/hover/hoverAt';
export { valueHints } from './features/inlayHints';
export { definitionsAt } from './features/navigation/definition';
export type { IdSpot } from './features/navigation/idSpots';
export { highlightsAt, referencesAt } from './features/navigation/references';
export { isRefusal, prepareRenameAt, renameAt, type FileEdits } from './features/navigation/rename';
export { RENAME_MESSAGES } from './features/navigation/renameMessages';
export { workspaceOutline, type OutlineItem, type OutlineItemKind } from './features/outline';
export { selectionChain } from './features/selectionRanges';
export { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from './features/semanticTokens';
export { documentSymbols, type PlanSymbol, type PlanSymbolKind } from './features/symbols';
export { workspaceSymbols } from './features/workspaceSymbols';

// Rendering.
export {
  notAPlanMessage,
  planDocumentTitle,
  renderMessageDocument,
  renderPlanDocument,
  renderPlanFigures,
  type WebviewOptions,
} from './render/renderPlan';

// What the Word and PDF hosts reuse of the renderer (server/src/host/docx, host/pdf).
export type { RenderAssets, StandaloneOptions } from './render/renderPlan';
export { logoMediaType, sanitizeSvg } from './render/logo';
export { plainText, type Typeset } from './render/richText';
export { actionWhen } from './render/actionItem';
export { axisNumberOf, axisObjectives, objectivesUnder } from './render/axisSection';
export { createContext, type RenderContext } from './render/context';
export { formatDate } from './render/dates';
export { indicatorGroups } from './render/indicatorTable';
export { ACTION_STATUS, PLAN_STATUS, withColon } from './render/labels';
export { ownerName } from './render/owners';
export { shownStatus } from './render/status';
export { baselineText, indicatorProgress, targetText } from './render/targets';
export { quoted } from './render/typography';

// The plan's items, as the hosts read them.
export type { Action, Axis, Indicator, Objective } from './model/types';

// jalon diff: plans compared in plan terms.
export { diffPlans } from './diff/diffPlans';
export { loadSide } from './diff/loadSide';
export { markChanges } from './diff/markChanges';
export type { Place, DiffChange, WordPart } from './diff/types';

// The rule docs (SARIF's help) and new plans (jalon init).
export { planSkeleton } from './generate/skeleton';
export { parseRuleDocs, type RuleDoc } from './rules/ruleDocs';

// Spreadsheets: the plan as tables (export), tables as a new report (import).
export type { Cell, CellPlace, Table } from './spreadsheet/tables';
export { planTables } from './spreadsheet/exportTables';
export { importTables, reportYaml, type ImportProblem, type ImportedReport } from './spreadsheet/importTables';
export { parsePartialDate, type PartialDate } from './model/dates';
export { dashboardTitle, progressText, renderDashboard, type DashboardWebview } from './dashboard/renderDashboard';
export { dashboardData, STATUSES, type Dashboard, type Completion } from './dashboard/dashboardData';
export { DASHBOARD_WORDS, RAG_WORDS, STATUS_WORDS } from './dashboard/dashboardWords';
export { itemName } from './model/describe';
export { formatNumber } from './render/numbers';
