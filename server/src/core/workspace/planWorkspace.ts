import type { OffsetRange } from '../text/lineIndex';
import type { JalonConfig } from '../config/config';
import { isSuppressed, readSuppressions } from '../config/suppressions';
import type { PlanFile } from '../model/types';
import { assemblePlans, type Plan } from '../plan/assemble';
import { namedPlanId } from '../plan/namedPlanId';
import { PLAN_RULES } from '../rules/allRules';
import { runRules, whereIs } from '../rules/context';
import type { Finding } from '../rules/finding';
import { defaultSeverity } from '../rules/registry';
import { fileProblemFinding, type FileProblem } from './fileProblem';
import { loadPlanFile, loadPlanFileLazily } from './loadPlanFile';
import { checkLogo, type LogoCheck, type LogoReader } from './logoCheck';

interface FileEntry {
  file: PlanFile;
  /** Syntax and schema findings: they depend on this file alone (checked when first asked for). */
  own: () => Finding[];
  /** Set when the file could not be read: its text (empty) is not what the file holds. */
  unreadable?: true;
}

/**
 * The plan files of a workspace (or of a CLI run) and what is known of them. Each file is
 * parsed when it changes; plans are assembled and checked again only when one of their files
 * changed. The CLI and the language server both read diagnostics from here, so they agree.
 */
export class PlanWorkspace {
  private readonly files = new Map<string, FileEntry>();
  /** The files that name each plan id (see planUris). */
  private readonly byPlanKey = new Map<string, Set<string>>();
  private plansCache: Plan[] | undefined;
  private readonly planFindings = new Map<Plan, Map<string, Finding[]>>();
  /** Each plan's logo, read once per assembled plan: its findings and the render use the same read. */
  private readonly logos = new Map<Plan, LogoCheck>();

  /**
   * `readLogo` is the host's reader of the file a plan names in `logo` (the core reads no file):
   * without one, as in `jalon diff`, the logo is neither checked nor rendered.
   */
  constructor(
    private configFor: (uri: string) => JalonConfig | undefined = () => undefined,
    private readonly readLogo?: LogoReader,
  ) {}

  setConfigLookup(configFor: (uri: string) => JalonConfig | undefined): void {
    this.configFor = configFor;
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  file(uri: string): PlanFile | undefined {
    return this.files.get(uri)?.file;
  }

  /** Adds or replaces a file's text (re-parsing only what changed since its last version). */
  setFile(uri: string, text: string): void {
    const known = this.files.get(uri);
    // The same text reads the same (an editor opening a file the index read from disk): a
    // second check of a large file would double the wait for its diagnostics.
    if (known && known.file.text === text && !known.unreadable) return;
    const loaded = loadPlanFileLazily({ uri, text }, known?.file);
    this.keep(uri, { file: loaded.file, own: loaded.findings });
    this.invalidate();
  }

  /** A file that could not be read stays known, as an empty file with the one finding that says why. */
  setUnreadable(uri: string, problem: FileProblem): void {
    this.keep(uri, {
      file: loadPlanFile({ uri, text: '' }).file,
      own: () => [fileProblemFinding(uri, problem)],
      unreadable: true,
    });
    this.invalidate();
  }

  removeFile(uri: string): void {
    if (!this.files.has(uri)) return;
    this.keep(uri, undefined);
    this.invalidate();
  }

  private invalidate(): void {
    this.plansCache = undefined;
    this.planFindings.clear();
    this.logos.clear();
  }

  /** The plan's logo as the host read it, for the renderer, and the findings about it. */
  logo(plan: Plan): LogoCheck {
    let check = this.logos.get(plan);
    if (!check) {
      check = this.readLogo ? checkLogo(plan, this.readLogo) : { findings: [] };
      this.logos.set(plan, check);
    }
    return check;
  }

  /** An image file changed on disk: the logos are read again. Returns the files of the plans that name one. */
  forgetLogos(): string[] {
    const named = this.plans().filter((p) => p.root?.header?.logo);
    for (const plan of named) {
      this.logos.delete(plan);
      this.planFindings.delete(plan);
    }
    return named.flatMap((p) => this.planUris(p.root!.uri));
  }

  plans(): Plan[] {
    if (!this.plansCache) this.plansCache = assemblePlans([...this.files.values()].map((e) => e.file));
    return this.plansCache;
  }

  planOf(uri: string): Plan | undefined {
    return this.plans().find((p) => p.files.some((f) => f.uri === uri) || p.reports.some((r) => r.file.uri === uri));
  }

  /**
   * The files whose diagnostics may change when `uri` changes: every file that names the plan
   * it names (its root, parts and reports, and a second root of that id). Found by the plan id
   * alone, without assembling the plans: the server asks before and after each file it reads,
   * and assembling every plan there made reading a workspace quadratic.
   */
  planUris(uri: string): string[] {
    const file = this.files.get(uri)?.file;
    if (!file) return [];
    const key = namedPlanId(file);
    return key === undefined ? [uri] : [...(this.byPlanKey.get(key) ?? [uri])];
  }

  private keep(uri: string, entry: FileEntry | undefined): void {
    const before = this.files.get(uri);
    const oldKey = before && namedPlanId(before.file);
    if (oldKey !== undefined) {
      const set = this.byPlanKey.get(oldKey);
      set?.delete(uri);
      if (set?.size === 0) this.byPlanKey.delete(oldKey);
    }
    if (!entry) {
      this.files.delete(uri);
      return;
    }
    this.files.set(uri, entry);
    const key = namedPlanId(entry.file);
    if (key === undefined) return;
    const set = this.byPlanKey.get(key);
    if (set) set.add(uri);
    else this.byPlanKey.set(key, new Set([uri]));
  }

  private findingsOfPlan(plan: Plan, isCancelled?: () => boolean): Map<string, Finding[]> {
    let byUri = this.planFindings.get(plan);
    if (!byUri) {
      byUri = new Map();
      const findings = [
        ...duplicatePlanIds(this.plans(), plan),
        ...this.logo(plan).findings,
        ...runRules(plan, PLAN_RULES, isCancelled),
      ];
      if (isCancelled?.()) return byUri;
      for (const f of findings) {
        const list = byUri.get(f.uri);
        if (list) list.push(f);
        else byUri.set(f.uri, [f]);
      }
      this.planFindings.set(plan, byUri);
    }
    return byUri;
  }

  /** A file's findings, after its configuration and suppression comments, sorted by position. */
  diagnostics(uri: string, isCancelled?: () => boolean): Finding[] {
    const entry = this.files.get(uri);
    if (!entry) return [];
    const plan = this.planOf(uri);
    const fromPlan = plan ? (this.findingsOfPlan(plan, isCancelled).get(uri) ?? []) : [];
    return finalizeFindings(entry.file, [...entry.own(), ...fromPlan], this.configFor(uri));
  }
}

/** Two root files that declare the same plan id: the later one (by name) is reported. */
function duplicatePlanIds(plans: readonly Plan[], plan: Plan): Finding[] {
  const id = plan.root?.header?.id;
  if (!plan.root || !id) return [];
  const first = plans.find((p) => p.root?.header?.id?.value === id.value)?.root;
  if (!first || first === plan.root) return [];
  const where = whereIs(plan.root, first, first.header!.id!.range.start);
  return [
    {
      ruleId: 'ref/duplicate-id',
      severity: defaultSeverity('ref/duplicate-id'),
      uri: plan.root.uri,
      range: id.range,
      message: {
        en: `The plan id '${id.value}' is already declared by another root file (${where.en}); give each plan its own id.`,
        fr: `L’identifiant de plan '${id.value}' est déjà déclaré par un autre fichier racine (${where.fr}) ; donnez à chaque plan son propre identifiant.`,
      },
    },
  ];
}

/** Applies a file's configuration and suppression comments, then sorts by position. */
export function finalizeFindings(file: PlanFile, findings: Finding[], config: JalonConfig | undefined): Finding[] {
  const suppressions = readSuppressions(file.lineIndex);
  const out: Finding[] = [];
  const broken = brokenRanges(file);
  for (const finding of findings) {
    // Where the parser guessed, a check's finding ("Action 4 has no date") only echoes the syntax error.
    if (broken.length > 0 && !/^(yaml|schema)\//.test(finding.ruleId) && broken.some((b) => overlaps(b, finding.range)))
      continue;
    const setting = config?.rules[finding.ruleId];
    if (setting === 'off' || isSuppressed(finding, suppressions, file.lineIndex)) continue;
    out.push(setting ? { ...finding, severity: setting } : finding);
  }
  return out.sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.ruleId < b.ruleId ? -1 : 1),
  );
}

/** The stretches of a file its parser could not read as written: a slip's item, an error's line. */
function brokenRanges(file: PlanFile): OffsetRange[] {
  const errors = file.source
    .errors()
    .filter((e) => e.code !== 'DUPLICATE_KEY')
    .map((e) => {
      const line = file.lineIndex.positionAt(e.range.start).line;
      return {
        start: file.lineIndex.lineStart(line),
        end: Math.max(e.range.end, file.lineIndex.lineStart(line) + file.lineIndex.lineText(line).length),
      };
    });
  return [...file.source.broken, ...errors];
}

function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);
}
