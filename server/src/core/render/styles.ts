/**
 * The stylesheet of a rendered plan. Colours come from VS Code's theme variables when the
 * preview shows it (`--vscode-*`), with the fallbacks of a printed document otherwise; print
 * rules lay a standalone file out on A4 pages.
 */
export const PLAN_STYLES = String.raw`
:root {
  --fg: var(--vscode-editor-foreground, #1b2330);
  --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #5b6676);
  --accent: var(--vscode-textLink-foreground, #1d4f91);
  --border: var(--vscode-widget-border, var(--vscode-panel-border, #d9dfe7));
  --surface: var(--vscode-textBlockQuote-background, #f3f6fa);
  --card: var(--vscode-editorWidget-background, #ffffff);
  --cover-bg: var(--vscode-textBlockQuote-background, #1d4f91);
  --cover-fg: var(--vscode-editor-foreground, #ffffff);
  --cover-accent: var(--vscode-textLink-foreground, #9cc3f5);
  /* One colour per status, told apart in print too: no status is teal, in progress blue. */
  --status-none: #13818d;
  --status-planned: var(--vscode-charts-purple, #6d5bb0);
  --status-in-progress: var(--vscode-charts-blue, #2a6fcb);
  --status-done: var(--vscode-charts-green, #2d8a47);
  --status-delayed: var(--vscode-charts-orange, #cc7a1e);
  --status-overdue: var(--vscode-charts-red, #c0392b);
  --status-cancelled: var(--vscode-disabledForeground, #98a1ac);
  --severity-error: var(--vscode-editorError-foreground, #c0392b);
  --severity-warning: var(--vscode-editorWarning-foreground, #b7791f);
  --severity-info: var(--vscode-editorInfo-foreground, #2a6fcb);
  --font: var(--vscode-font-family, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif);
  --mono: var(--vscode-editor-font-family, ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace);
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font-family: var(--font); font-size: 15px; line-height: 1.55; }
body[data-mode="webview"] { font-size: 14px; }
.plan-document { max-width: 980px; margin: 0 auto; padding: 28px 40px 64px; }
a { color: var(--accent); }
p { margin: 0.55em 0; }
strong { font-weight: 650; }
.muted, .section-note { color: var(--muted); }
.section-note { font-size: 0.9em; }
.kicker, .section-label { margin: 0; font-size: 0.74rem; font-weight: 700; letter-spacing: 0.09em; text-transform: uppercase; color: var(--accent); }
.section-label { margin: 1.1em 0 0.35em; }
/* The number is part of the heading (the PDF's bookmarks say "Axe 1 …", "Objectif 1.3 …"), on a line of its own. */
h2 > .kicker, h4 > .kicker { display: block; margin-bottom: 0.15em; line-height: 1.4; text-transform: none; font-variant-caps: all-small-caps; font-size: 0.9rem; }
.section-title { margin: 2.6em 0 0.8em; padding-bottom: 0.3em; border-bottom: 2px solid var(--accent); font-size: 1.55rem; line-height: 1.25; }

/* Title page */
.cover { padding: 56px 52px 48px; border-radius: 10px; background: var(--cover-bg); color: var(--cover-fg); }
.institution { margin: 0 0 1.2em; font-size: 0.85rem; font-weight: 700; letter-spacing: 0.16em; text-transform: uppercase; color: var(--cover-accent); }
.plan-title { margin: 0; font-size: 2.7rem; line-height: 1.12; font-weight: 750; letter-spacing: -0.01em; text-wrap: balance; }
.plan-cycle { margin: 0.35em 0 0; font-size: 1.6rem; font-weight: 300; font-variant-numeric: tabular-nums; }
.plan-facts { margin: 1.6em 0 0; font-size: 0.9rem; }
.plan-facts > span { display: inline-block; white-space: nowrap; }
.plan-facts > span + span::before { content: "·"; margin: 0 0.6em; opacity: 0.7; }
.plan-status { display: inline-block; padding: 1px 10px; border: 1px solid currentColor; border-radius: 999px; font-weight: 650; }
.key-figures { display: flex; flex-wrap: wrap; margin: 0; padding: 18px 0; list-style: none; border-bottom: 1px solid var(--border); }
.key-figures li { flex: 1 1 110px; text-align: center; padding: 4px 8px; }
.key-figures li + li { border-left: 1px solid var(--border); }
.figure { display: block; font-size: 2rem; font-weight: 750; line-height: 1.1; color: var(--accent); font-variant-numeric: tabular-nums; }
.figure-label { font-size: 0.8rem; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); }
.vision { font-size: 1.02em; }
.references ul { padding-left: 1.2em; }

/* Contents */
.contents ol { margin: 0; padding: 0; list-style: none; }
.contents li a { display: block; padding: 8px 2px; border-bottom: 1px dotted var(--border); color: var(--fg); text-decoration: none; }
.contents li a:hover { color: var(--accent); }
.toc-number { display: inline-block; min-width: 4.6em; font-weight: 700; color: var(--accent); }

/* Axes and ambitions */
.axis { margin-top: 3.6em; }
.axis-head { display: flex; align-items: center; gap: 22px; padding-top: 18px; border-top: 4px solid var(--accent); }
.axis-number { min-width: 1.1em; font-size: 4rem; font-weight: 800; line-height: 1; color: var(--accent); font-variant-numeric: tabular-nums; }
.axis-title { margin: 0.1em 0 0; font-size: 1.9rem; line-height: 1.2; }
.axis-summary { margin: 1.2em 0 0; padding: 6px 22px; border-radius: 8px; background: var(--surface); font-size: 1.02em; }
.text-list { margin: 0.5em 0; padding-left: 1.3em; }
.text-list li { margin: 0.25em 0; }
.text-list li::marker { color: var(--accent); }
.ambition { margin-top: 2.8em; }
.ambition-head { padding-left: 16px; border-left: 4px solid var(--accent); }
.ambition-title { margin: 0.1em 0 0; font-size: 1.45rem; line-height: 1.25; }
.stakes { margin: 1em 0 1.4em; padding: 4px 20px 10px; border-radius: 8px; background: var(--surface); }

/* Objective cards */
.objective-card { margin: 1.3em 0; padding: 20px 26px 16px; border: 1px solid var(--border); border-top: 4px solid var(--accent); border-radius: 8px; background: var(--card); }
.objective-title { margin: 0.15em 0 0.2em; font-size: 1.22rem; line-height: 1.3; }
.item-id { margin-left: 0.6em; font-family: var(--mono); font-size: 0.9em; letter-spacing: 0; text-transform: none; color: var(--muted); }
.facts { margin: 0.4em 0 0; font-size: 0.86rem; color: var(--muted); }
.fact { display: inline-block; margin-right: 1.2em; }
.fact-label { font-weight: 650; }
.chip { display: inline-block; margin: 0 0.3em 0.2em 0; padding: 0 0.65em; border: 1px solid var(--border); border-radius: 999px; background: var(--surface); color: var(--fg); text-decoration: none; font-size: 0.8rem; }
.ref { color: var(--accent); }
.actions { margin: 0; padding: 0; list-style: none; }
.action { padding: 10px 0 8px; border-top: 1px solid var(--border); }
.action-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 4px 14px; }
.action-title { margin: 0; flex: 1 1 340px; font-size: 1rem; font-weight: 650; }
.action-title::before { content: "→"; margin-right: 0.45em; color: var(--accent); }
.action-title:has(.action-number)::before { content: none; }
.action-meta { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 8px; font-size: 0.85rem; }
.when { color: var(--muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.action-details { margin: 0.35em 0 0; padding-left: 1.45em; }
.action-details li { margin: 0.2em 0; }
.action-details li::marker { color: var(--muted); }
.action .facts { padding-left: 1.45em; }
.milestones { margin: 0.4em 0 0; padding-left: 1.45em; list-style: none; font-size: 0.9rem; }
.milestones li { margin: 0.15em 0; }
.milestone-mark { color: var(--accent); font-size: 0.8em; }

/* Statuses and progress */
.status-none { --status: var(--status-none); }
.status-planned { --status: var(--status-planned); }
.status-in-progress { --status: var(--status-in-progress); }
.status-done { --status: var(--status-done); }
.status-delayed { --status: var(--status-delayed); }
.status-overdue { --status: var(--status-overdue); }
.status-cancelled { --status: var(--status-cancelled); }
.status-unknown { --status: var(--muted); }
.status { display: inline-block; padding: 0 8px; border: 1px solid var(--status); border-radius: 999px; color: var(--status); font-size: 0.74rem; font-weight: 650; white-space: nowrap; }
.progress { display: inline-flex; align-items: center; gap: 6px; }
.progress-bar { width: 96px; height: 7px; border-radius: 4px; overflow: hidden; }
.progress-track { fill: var(--border); }
.progress-fill { fill: var(--status-done); }
.progress-value { font-size: 0.8rem; color: var(--muted); font-variant-numeric: tabular-nums; }

/* Indicators */
.indicator-table { width: 100%; border-collapse: collapse; font-size: 0.92rem; table-layout: fixed; }
.indicator-table thead th:nth-child(1) { width: 34%; }
.indicator-table thead th:nth-child(2) { width: 17%; }
.indicator-table thead th:nth-child(3) { width: 4%; }
.indicator-table thead th:nth-child(5) { width: 18%; }
.indicator-table thead th { padding: 6px 10px; border-bottom: 2px solid var(--accent); text-align: left; font-size: 0.72rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
.indicator-table td, .indicator-table tbody th { padding: 12px 10px; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
.indicator-table tbody th { font-weight: normal; }
.indicator-label { display: block; font-weight: 650; }
.indicator-traits, .indicator-source { display: block; margin-top: 0.2em; font-size: 0.82rem; color: var(--muted); }
.direction { color: var(--accent); font-weight: 700; }
.baseline { font-variant-numeric: tabular-nums; }
.arrow { padding-left: 0; padding-right: 0; color: var(--accent); font-size: 1.1rem; }
.targets ul { margin: 0; padding: 0; list-style: none; }
.targets li { font-weight: 650; font-variant-numeric: tabular-nums; }
.targets li + li { margin-top: 0.6em; }
.quote { display: block; margin-top: 0.2em; font-size: 0.82rem; font-style: italic; font-weight: normal; color: var(--muted); }
.actual { min-width: 9em; }
.actual .progress { display: flex; margin-top: 0.35em; }

/* Timeline */
.timeline-frame { padding: 10px 10px 6px; border: 1px solid var(--border); border-radius: 8px; background: var(--card); overflow-x: auto; }
.timeline-chart { display: block; width: 100%; min-width: 760px; height: auto; font-family: var(--font); }
.tl-year { font-size: 14px; font-weight: 700; fill: var(--muted); }
.tl-quarter-label { font-size: 10px; fill: var(--muted); }
.tl-quarter { stroke: var(--border); stroke-width: 0.5; stroke-dasharray: 2 3; }
.tl-row-rule { stroke: var(--border); stroke-width: 0.5; stroke-opacity: 0.6; }
.timeline-axis { margin: 1.6em 0 0; }
.timeline-axis .group-title { margin: 0 0 0.5em; font-size: 1.1rem; }
.timeline-axis .group-title a { color: var(--accent); text-decoration: none; }
.group-title { margin: 1.8em 0 0.6em; font-size: 1.2rem; line-height: 1.3; color: var(--accent); }
.action-number { margin-right: 0.35em; color: var(--accent); font-variant-numeric: tabular-nums; white-space: nowrap; }
.indicator-quotes td { padding-top: 0; }
.indicator-quotes .quote { margin: 0 0 0.3em; }
.indicator-table tbody.indicator tr:first-child td, .indicator-table tbody.indicator tr:first-child th { border-bottom: none; }
.indicator-table tbody.indicator { border-bottom: 1px solid var(--border); }
.logo { display: block; max-width: 220px; max-height: 90px; margin: 0 0 1.6em; }
.governance { margin: 1.4em 0 0; font-size: 0.85rem; }
.governance-title { margin: 0 0 0.3em; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--cover-accent); font-size: 0.75rem; }
.governance ul { margin: 0; padding: 0; list-style: none; }
.cover .when { color: inherit; opacity: 0.85; }
.foreword { margin: 1.2em 0 2em; }
.signature { margin-top: 1em; text-align: right; }
.signatory { display: block; font-weight: 700; }
.role { display: block; color: var(--muted); font-size: 0.9em; }
.toc-page { float: right; margin-left: 1em; font-variant-numeric: tabular-nums; color: var(--muted); }
.toc-objectives { margin: 0 0 0.4em 4.6em !important; font-size: 0.88em; }
.contents .toc-objective a { padding: 3px 2px; border-bottom: none; }
.toc-objective .toc-number { min-width: 2.6em; font-weight: 600; }
.finding-markers { margin: 0.5em 0; padding: 0; list-style: none; font-size: 0.85rem; }
.finding-marker { margin: 0.2em 0; padding: 4px 10px; border-left: 4px solid var(--severity); border-radius: 3px; background: var(--surface); }
.finding-marker.finding-error { --severity: var(--severity-error); }
.finding-marker.finding-warning { --severity: var(--severity-warning); }
.finding-marker.finding-info { --severity: var(--severity-info); }
.finding-number { margin-right: 0.4em; font-weight: 700; color: var(--severity); text-decoration: none; white-space: nowrap; }
.tl-grid, .tl-divider { stroke: var(--border); stroke-width: 1; }
.tl-cycle { fill: var(--accent); fill-opacity: 0.06; }
.tl-group-title { font-size: 14.5px; font-weight: 700; fill: var(--accent); }
.tl-label { font-size: 14px; fill: var(--fg); }
.tl-row a:hover .tl-label, .tl-group a:hover .tl-group-title { text-decoration: underline; }
.tl-bar { fill: var(--status); }
.tl-bar.tl-open { fill-opacity: 0.55; }
.tl-window { fill: var(--status); fill-opacity: 0.16; }
.tl-mark { fill: var(--status); stroke: var(--card); stroke-width: 2; }
.tl-bar + .tl-mark, .tl-mark + .tl-mark { stroke: var(--fg); stroke-width: 1; }
.tl-as-of { stroke: var(--status-overdue); stroke-width: 1.5; stroke-dasharray: 4 3; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 0.6em 0 0; padding: 0; list-style: none; font-size: 0.8rem; color: var(--muted); }
.swatch { display: inline-block; width: 16px; height: 8px; margin-right: 6px; border-radius: 2px; background: var(--status); vertical-align: middle; }
.swatch-window { height: 10px; opacity: 0.22; }
.legend-mark { margin-right: 6px; color: var(--accent); }

/* Diagnostics */
.diagnostics-counts { color: var(--muted); }
.no-problem { padding: 10px 14px; border-left: 4px solid var(--status-done); background: var(--surface); }
.finding-group { margin: 0.5em 0; padding: 0 14px; border: 1px solid var(--border); border-radius: 6px; }
.finding-group > summary { padding: 8px 0; cursor: pointer; }
.severity { display: inline-block; min-width: 7.5em; font-size: 0.74rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; }
.severity-error { color: var(--severity-error); }
.severity-warning { color: var(--severity-warning); }
.severity-info { color: var(--severity-info); }
.rule-id { font-family: var(--mono); font-size: 0.88em; }
.rule-summary { color: var(--muted); font-size: 0.88rem; }
.finding-count { margin-left: 0.4em; padding: 0 7px; border-radius: 999px; background: var(--surface); font-size: 0.8rem; color: var(--muted); }
.findings { margin: 0 0 10px; padding: 0; list-style: none; font-size: 0.86rem; }
.finding { padding: 4px 0; border-top: 1px dashed var(--border); }
.finding-link { margin-right: 0.6em; font-family: var(--mono); font-size: 0.8rem; }

.colophon { margin-top: 4em; padding-top: 1em; border-top: 1px solid var(--border); font-size: 0.8rem; color: var(--muted); }

@media (max-width: 640px) {
  .plan-document { padding: 16px; }
  .cover { padding: 32px 24px; }
  .plan-title { font-size: 2rem; }
  .objective-card { padding: 16px; }
}

@media print {
  /* The running header and "page x / y" footer are drawn in these margins (the PDF's templates). */
  @page { size: A4 portrait; margin: 20mm 15mm 18mm; }
  :root { --fg: #111; --bg: #fff; --card: #fff; --muted: #555; --border: #ccd3dc; --surface: #f2f5f9; }
  body { font-size: 10pt; orphans: 3; widows: 3; }
  .plan-document { max-width: none; padding: 0; }
  .cover, .swatch, .tl-bar, .tl-window, .tl-mark, .tl-cycle, .progress-track, .progress-fill, .stakes, .axis-summary, .chip, .finding-marker { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .title-page { break-after: page; }
  .cover { padding: 60mm 16mm 36mm; border-radius: 0; }
  .plan-title { font-size: 30pt; }
  .contents, .forewords, .forewords + .vision, .indicators, .timeline, .diagnostics, .axis { break-before: page; }
  .foreword { break-inside: avoid; }
  .contents .section-title, .forewords .section-title, .indicators .section-title, .timeline .section-title, .diagnostics .section-title { margin-top: 0; }
  .axis { margin-top: 0; }
  /* A heading always goes with what follows it. */
  h1, h2, h3, h4, h5, .kicker, .section-label, .objective-head, .ambition-head, .axis-head, .group-title, .section-note { break-after: avoid; page-break-after: avoid; }
  .objective-head, .ambition-head, .axis-head { break-inside: avoid; }
  /* A card, a row, a milestone list, a chart with its heading and legend: on one page when they fit. */
  .objective-card, .action, .indicator-table tbody, .stakes, .milestones, .finding, .foreword .signature, .timeline-axis, .toc-axis, .governance { break-inside: avoid; page-break-inside: avoid; }
  .objective-card { border-top-width: 3px; }
  .toc-objectives { break-before: avoid; }
  a { color: inherit; text-decoration: none; }
  .timeline-frame { overflow: visible; border: none; padding: 0; }
  .timeline-chart { min-width: 0; }
  .timeline-axis { margin-top: 0; padding-top: 6mm; }
  .finding-group > summary::marker { content: ""; }
  .finding-group:not([open]) > .findings { display: block; }
}
`;
