// Stages 2–4 in a line: parse every file, check its shape, build the model, apply the rules.
import { errorsOf, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/lang.js';
import type { Locate } from '../load/locate.js';
import { parseYamlFile, type ParsedFile } from '../load/parse-yaml.js';
import type { NetworkFolder } from '../load/read-folder.js';
import { assembleModel, buildActivity, buildAgreement, buildMeeting, buildNetwork, buildPartner } from '../model/build.js';
import type { IsoDate, Model } from '../model/types.js';
import { COLLECTIONS } from '../model/vocabulary.js';
import { Reporter } from './reporter.js';
import { applyRules } from './rules.js';
import { checkShape, type ShapedItem } from './schema.js';
import { collectWarnings } from './warnings.js';

export interface ValidationResult {
  /** Present when there are no errors. */
  model?: Model;
  /** Errors and warnings, sorted by file and line. */
  diagnostics: Diagnostic[];
  fileCount: number;
  /** Line and column of a place in the parsed files (for tools that point users at their data). */
  locate: Locate;
}

export function validateNetwork(folder: NetworkFolder, options: { today: IsoDate; lang: Lang }): ValidationResult {
  const { lang } = options;
  const files = new Map<string, ParsedFile>();
  const loadErrors: Diagnostic[] = [];
  let partnersUnreadable = false;
  const parse = (source: NetworkFolder['network']) => {
    const { parsed, diagnostics } = parseYamlFile(source, lang);
    loadErrors.push(...diagnostics);
    if (!parsed && source.file.startsWith('partners')) partnersUnreadable = true;
    if (parsed) files.set(parsed.file, parsed);
    return parsed;
  };
  const reporter = new Reporter(lang, files);
  const locateOrigin: Locate = (origin, sub = []) => reporter.position(origin.file, [...origin.path, ...sub]);

  const networkFile = parse(folder.network);
  const networkItem = networkFile ? checkShape(networkFile, 'network', reporter)[0] : undefined;
  const shaped: Record<(typeof COLLECTIONS)[number], ShapedItem[]> = { partners: [], meetings: [], agreements: [], activities: [] };
  const ids: { collection: string; id: string; origin: ShapedItem['origin'] }[] = [];
  const partnerIds = new Set<string>();
  for (const collection of COLLECTIONS) {
    for (const source of folder.collections[collection]) {
      const parsed = parse(source);
      if (!parsed) continue;
      // Ids of every item, shaped or not, so that a broken partner does not also break its references.
      const raw = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
      raw.forEach((item, i) => {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id !== 'string') return;
        if (collection === 'partners') partnerIds.add(id);
        ids.push({ collection, id, origin: { file: parsed.file, path: Array.isArray(parsed.value) ? [i] : [] } });
      });
      shaped[collection].push(...checkShape(parsed, collection, reporter));
    }
  }

  const network = networkItem ? buildNetwork(networkItem) : undefined;
  const partners = shaped.partners.map(buildPartner);
  const meetings = shaped.meetings.map(buildMeeting);
  const agreements = shaped.agreements.map(buildAgreement);
  const activities = shaped.activities.map(buildActivity);
  applyRules({ network, partners, meetings, agreements, activities, partnerIds, partnersComplete: !partnersUnreadable, ids }, reporter);

  const fileCount = 1 + COLLECTIONS.reduce((n, c) => n + folder.collections[c].length, 0);
  const errors = [...loadErrors, ...errorsOf(reporter.diagnostics)];
  if (errors.length > 0 || !network) return { diagnostics: sortDiagnostics([...loadErrors, ...reporter.diagnostics]), fileCount, locate: locateOrigin };

  const model = assembleModel(network, partners, meetings, agreements, activities);
  collectWarnings(model, options.today, reporter, folder.exists);
  return { model, diagnostics: sortDiagnostics(reporter.diagnostics), fileCount, locate: locateOrigin };
}
