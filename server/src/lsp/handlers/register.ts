import type { ClientCapabilities, ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import type { Feature } from './feature';
import { completionFeature } from './completion';
import { hoverFeature } from './hover';
import { navigationFeature } from './navigation';
import { symbolsFeature } from './symbols';
import { codeActionsFeature } from './codeActions';
import { inlayHintsFeature } from './inlayHints';
import { codeLensFeature } from './codeLens';
import { semanticTokensFeature } from './semanticTokens';
import { structureFeature } from './structure';
import { renderFeature } from './render';
import { dashboardFeature } from './dashboard';
import { outlineFeature } from './outline';
import { diffFeature } from './diff';
import { exportPlanFeature } from './exportPlan';

const FEATURES: readonly Feature[] = [
  completionFeature,
  hoverFeature,
  navigationFeature,
  symbolsFeature,
  codeActionsFeature,
  inlayHintsFeature,
  codeLensFeature,
  semanticTokensFeature,
  structureFeature,
  outlineFeature,
  renderFeature,
  dashboardFeature,
  exportPlanFeature,
  diffFeature,
];

export function featureCapabilities(client: ClientCapabilities): ServerCapabilities {
  return Object.assign({}, ...FEATURES.map((f) => f.capabilities(client))) as ServerCapabilities;
}

export function registerFeatures(context: ServerContext): void {
  for (const feature of FEATURES) feature.register(context);
}
