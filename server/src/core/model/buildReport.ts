import type { RootView } from './yamlAccess';
import { REPORT_SECTIONS, type ProgressReport, type ReportEntry } from './reportTypes';
import type { PlanFile } from './types';

/** Reads a report file's top level (`report_of:` …). Values of the wrong shape are left out: the schema reports them. */
export function readReport(file: PlanFile, root: RootView): ProgressReport {
  const report: ProgressReport = {
    file,
    reportOf: root.string('report_of'),
    asOf: root.date('as_of'),
    title: root.string('title'),
    summary: root.string('summary'),
    actions: [],
    milestones: [],
    indicators: [],
    objectives: [],
  };
  for (const section of REPORT_SECTIONS) {
    report[section] = root.keyedEntries(section).map(({ key, view }): ReportEntry => ({
      section,
      report,
      key,
      range: view?.range ?? key.range,
      status: view?.string('status'),
      progress: view?.number('progress'),
      note: view?.string('note'),
      endForecast: view?.date('end_forecast'),
      doneOn: view?.date('done_on'),
      value: view?.any('value'),
      rag: view?.string('rag'),
    }));
  }
  return report;
}
