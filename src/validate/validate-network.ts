// Stages 2–4 in a line: parse every file, check its shape, build the model, apply the rules.
import { errorsOf, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/lang.js';
import type { Locate } from '../load/locate.js';
import { parseYamlFile, type ParsedFile } from '../load/parse-yaml.js';
import type { NetworkFolder } from '../load/read-folder.js';
import { textsOf, type StoredText } from '../load/texts.js';
import { assembleModel, buildActivity, buildAgreement, buildMeeting, buildNetwork, buildPartner, placeholderNetwork } from '../model/build.js';
import type { IsoDate, Model } from '../model/types.js';
import { COLLECTIONS } from '../model/vocabulary.js';
import { showControlsIn } from '../safe-text.js';
import { Reporter } from './reporter.js';
import { applyRules } from './rules.js';
import { checkSchemaLines } from './schema-lines.js';
import { checkShape, type RawItem, type ShapedItem } from './schema.js';
import { buildReferenceIndex } from './suggest-value.js';
import { collectWarnings } from './warnings.js';

/** Valid data (`ok`, with the model: warnings only) or not (errors among the diagnostics). */
export type ValidationResult = ({ ok: true; model: Model } | { ok: false; model?: undefined }) & ValidationDetails;

interface ValidationDetails {
  /** Errors and warnings, sorted by file and line. */
  diagnostics: Diagnostic[];
  fileCount: number;
  /** Line and column of a place in the parsed files (for tools that point users at their data). */
  locate: Locate;
  /** Every text value of every parsed file, with its place (for `person`, which must find all). */
  texts: () => Iterable<StoredText>;
  /**
   * Whatever could be read, also when the data have errors: `person` and `review` answer from it
   * (an Art. 15 request cannot wait for a typo). Without errors, `model` is the model above.
   */
  readable: Readable;
}

export interface Readable {
  /**
   * The items that passed the schema, assembled (also when other items or the network's rules
   * failed). When network.yaml itself failed, a stand-in network (model/build.ts placeholderNetwork).
   */
  model: Model;
  /** Items that failed the schema, as plain values with their place. */
  failed: RawItem[];
  /** Files that could not be read at all (YAML syntax, encoding, size), in folder order. */
  unreadable: string[];
}

/** `schemaLines`: also check each file's schema line for the editor (for `netzwerk validate`). */
export function validateNetwork(folder: NetworkFolder, options: { today: IsoDate; lang: Lang; schemaLines?: boolean }): ValidationResult {
  const { lang } = options;
  const files = new Map<string, ParsedFile>();
  const loadErrors: Diagnostic[] = [];
  let partnersUnreadable = false;
  const unreadable: string[] = [];
  const failed: RawItem[] = [];
  const parse = (source: NetworkFolder['network']) => {
    const { parsed, diagnostics } = parseYamlFile(source, lang);
    loadErrors.push(...diagnostics);
    if (!parsed) unreadable.push(source.file);
    if (!parsed && source.file.startsWith('partners')) partnersUnreadable = true;
    if (parsed) files.set(parsed.file, parsed);
    return parsed;
  };
  const reporter = new Reporter(lang, files);
  const locateOrigin: Locate = (origin, sub = []) => reporter.position(origin.file, [...origin.path, ...sub]);
  const texts = function* () {
    for (const parsed of files.values()) yield* textsOf(parsed);
  };

  // Every file is read first: the ids and names of all items (also of broken ones) let messages
  // name the partner a reference meant, and keep a broken partner from breaking its references.
  const networkFile = parse(folder.network);
  const collectionFiles = COLLECTIONS.map((collection) => ({ collection, files: folder.collections[collection].map(parse).filter((p) => p !== undefined) }));
  const rawItems = { partners: [], meetings: [], agreements: [], activities: [] } as Record<(typeof COLLECTIONS)[number], unknown[]>;
  const ids: { collection: string; id: string; origin: ShapedItem['origin'] }[] = [];
  for (const { collection, files: parsedFiles } of collectionFiles) {
    for (const parsed of parsedFiles) {
      const raw = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
      rawItems[collection].push(...raw);
      raw.forEach((item, i) => {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === 'string') ids.push({ collection, id, origin: { file: parsed.file, path: Array.isArray(parsed.value) ? [i] : [] } });
      });
    }
  }
  const index = buildReferenceIndex(rawItems);
  // An id written with umlauts or spaces is reported once; references to its slug are not "unknown".
  const partnerIds = new Set([...ids.filter((e) => e.collection === 'partners').map((e) => e.id), ...index.ids.partners]);

  const networkShape = networkFile ? checkShape(networkFile, 'network', reporter, index) : undefined;
  const networkItem = networkShape?.shaped[0];
  failed.push(...(networkShape?.failed ?? []));
  const shaped: Record<(typeof COLLECTIONS)[number], ShapedItem[]> = { partners: [], meetings: [], agreements: [], activities: [] };
  for (const { collection, files: parsedFiles } of collectionFiles) {
    for (const parsed of parsedFiles) {
      const shape = checkShape(parsed, collection, reporter, index);
      shaped[collection].push(...shape.shaped);
      failed.push(...shape.failed);
    }
  }

  // Control characters in the data (an ESC that would command the terminal, NUL, DEL …) are
  // shown as escapes once, here: every output made from the model, or from the items that failed
  // the schema (person, review on faulty data), is then clean (safe-text.ts).
  for (const item of [networkItem, ...shaped.partners, ...shaped.meetings, ...shaped.agreements, ...failed]) if (item) showControlsIn(item.value);
  const network = networkItem ? buildNetwork(networkItem) : undefined;
  const partners = shaped.partners.map(buildPartner);
  const meetings = shaped.meetings.map(buildMeeting);
  const agreements = shaped.agreements.map(buildAgreement);
  const activities = shaped.activities.map(buildActivity);
  applyRules(
    {
      network,
      partners,
      meetings,
      agreements,
      activities,
      partnerIds,
      partnersComplete: !partnersUnreadable,
      partnerFiles: folder.collections.partners.map((f) => f.file),
      ids,
      index,
    },
    reporter,
  );

  const fileCount = 1 + COLLECTIONS.reduce((n, c) => n + folder.collections[c].length, 0);
  // About the editor, not the data: given with errors too, since then the editor's help matters most.
  const editor = options.schemaLines ? checkSchemaLines(folder, lang) : [];
  const errors = [...loadErrors, ...errorsOf(reporter.diagnostics)];
  if (errors.length > 0 || !network) {
    const partial = assembleModel(network ?? placeholderNetwork(networkFile?.value), partners, meetings, agreements, activities);
    return {
      ok: false,
      diagnostics: sortDiagnostics([...loadErrors, ...reporter.diagnostics, ...editor]),
      fileCount,
      locate: locateOrigin,
      texts,
      readable: { model: partial, failed, unreadable },
    };
  }

  const model = assembleModel(network, partners, meetings, agreements, activities);
  collectWarnings(model, options.today, reporter, folder.exists);
  return {
    ok: true,
    model,
    diagnostics: sortDiagnostics([...reporter.diagnostics, ...editor]),
    fileCount,
    locate: locateOrigin,
    texts,
    readable: { model, failed, unreadable },
  };
}
