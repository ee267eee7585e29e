/**
 * The dashboard's stylesheet. In VS Code's webview it takes the editor's theme (`--vscode-*`
 * variables); in a file or in print, the system's light or dark colours (`Canvas`,
 * `CanvasText`). The filter bar and the links to the source exist only in the webview.
 */
export const DASHBOARD_STYLE = `:root{color-scheme:light dark}
body{font:14px/1.45 var(--vscode-font-family,system-ui,sans-serif);margin:2rem;color:var(--vscode-editor-foreground,CanvasText);background:var(--vscode-editor-background,Canvas);--accent:var(--vscode-charts-blue,#2563eb);--muted:var(--vscode-descriptionForeground,#8a8a8a);--border:var(--vscode-widget-border,#8a8a8a)}
h1{margin:0 0 .25rem}table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid var(--border);padding:.25rem .5rem;text-align:left}
td.n{text-align:right}.rag{font-weight:600}.rag.late{color:var(--vscode-charts-red,#c0262d)}.rag.at-risk{color:var(--vscode-charts-orange,#b45309)}.rag.on-track{color:var(--vscode-charts-green,#15803d)}
.legend{color:var(--muted);font-size:.9em}.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1rem}
.chart{width:100%;height:auto;color:inherit}.chart .axis{stroke:currentColor;stroke-width:1}.chart .tick{fill:currentColor;font-size:12px}
.chart .trajectory{fill:none;stroke:var(--muted);stroke-width:2}.chart .baseline,.chart .target{fill:var(--muted)}
.chart .actuals{fill:none;stroke:var(--accent);stroke-width:2}.chart .actual{fill:var(--accent)}.chart .report-date{stroke:currentColor;stroke-dasharray:4 3}
.dashboard-filters{position:sticky;top:0;z-index:5;margin:0 -2rem 1rem;padding:.5rem 2rem;background:var(--vscode-editor-background,Canvas);border-bottom:1px solid var(--border)}
.dashboard-filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}.dashboard-filters legend{float:left;font-weight:600;margin-right:.5rem}
.dashboard-filters select{color:var(--vscode-dropdown-foreground,inherit);background:var(--vscode-dropdown-background,Canvas);border:1px solid var(--vscode-dropdown-border,var(--border));padding:.1rem .25rem}
.dashboard-filters .legend{margin:.25rem 0 0}.dashboard-shown{color:var(--muted)}
a.source-link{color:var(--vscode-textLink-foreground,inherit);text-decoration:none;cursor:pointer}a.source-link:hover{text-decoration:underline}
[hidden]{display:none !important}
@media print{body{margin:1cm}.charts{display:block}.chart{max-width:14cm;page-break-inside:avoid}.dashboard-filters{display:none}}`;
