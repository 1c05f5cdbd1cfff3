// A small Language Server Protocol client that drives Red Hat's yaml-language-server (the engine of
// VS Code's YAML extension) over stdio, the way VS Code does: initialize with the display language,
// answer the server's workspace/configuration requests with the folder's .vscode/settings.json,
// open documents, and ask for diagnostics, completion and hover.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  source?: string;
}
export interface CompletionItem {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: string | { kind: string; value: string };
  insertText?: string;
  insertTextFormat?: number;
  textEdit?: { range: Range; newText: string };
}
interface Hover {
  contents: { kind: string; value: string } | string;
}

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** The settings VS Code sends for a folder: the YAML extension's defaults, then the folder's own. */
export interface Settings {
  yaml: Record<string, unknown>;
  '[yaml]'?: Record<string, unknown>;
  editor?: Record<string, unknown>;
}

const require = createRequire(import.meta.url);
const SERVER = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');

const uriOf = (path: string) => pathToFileURL(path).href;

export class YamlLanguageServer {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly published = new Map<string, Diagnostic[]>();
  private readonly waiting = new Map<string, ((d: Diagnostic[]) => void)[]>();
  private readonly versions = new Map<string, number>();
  private stderr = '';

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly settings: Settings,
  ) {
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
  }

  /** Starts the server on a workspace folder (as VS Code's "Open Folder") in a display language. */
  static async start(options: { folder: string; locale: string; settings: Settings }): Promise<YamlLanguageServer> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe', env: { PATH: process.env.PATH ?? '' } });
    const server = new YamlLanguageServer(child, options.settings);
    const folderUri = uriOf(options.folder);
    await server.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'Visual Studio Code', version: '1.95.0' },
      locale: options.locale,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'netzwerk' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: true, didSave: true },
          publishDiagnostics: { relatedInformation: true },
          completion: {
            dynamicRegistration: true,
            completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], labelDetailsSupport: true },
          },
          hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
          formatting: { dynamicRegistration: true },
        },
      },
      initializationOptions: {},
    });
    // The server asks for its settings right after `initialized`; wait until it has them.
    const configured = server.onceRequest('workspace/configuration');
    server.notify('initialized', {});
    await configured;
    return server;
  }

  /** Opens a file as VS Code does when it is shown in an editor; returns its diagnostics. */
  async open(path: string, text = readFileSync(path, 'utf8')): Promise<Diagnostic[]> {
    const uri = uriOf(path);
    const diagnostics = this.nextDiagnostics(uri);
    this.versions.set(uri, 1);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return diagnostics;
  }

  /** Replaces the whole text of an open file; returns the new diagnostics. */
  async change(path: string, text: string): Promise<Diagnostic[]> {
    const uri = uriOf(path);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const diagnostics = this.nextDiagnostics(uri);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return diagnostics;
  }

  close(path: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri: uriOf(path) } });
  }

  async completion(path: string, position: Position): Promise<CompletionItem[]> {
    const result = (await this.request('textDocument/completion', { textDocument: { uri: uriOf(path) }, position })) as
      { items: CompletionItem[] } | CompletionItem[] | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  async hover(path: string, position: Position): Promise<string> {
    const result = (await this.request('textDocument/hover', { textDocument: { uri: uriOf(path) }, position })) as Hover | null;
    if (!result) return '';
    return typeof result.contents === 'string' ? result.contents : result.contents.value;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } catch {
      this.child.kill();
    }
    await exited;
  }

  /** What the server wrote on stderr (its log), for failure messages. */
  get log(): string {
    return this.stderr;
  }

  private nextDiagnostics(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => {
      const list = this.waiting.get(uri) ?? [];
      list.push(resolve);
      this.waiting.set(uri, list);
    });
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private readonly requestWaiters = new Map<string, (() => void)[]>();
  private onceRequest(method: string): Promise<void> {
    return new Promise((resolve) => this.requestWaiters.set(method, [...(this.requestWaiters.get(method) ?? []), resolve]));
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /** Content-Length framing (LSP base protocol). */
  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method && message.id !== undefined) {
      this.send({ jsonrpc: '2.0', id: message.id, result: this.answer(message.method, message.params) });
      for (const resolve of this.requestWaiters.get(message.method) ?? []) resolve();
      this.requestWaiters.delete(message.method);
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.published.set(uri, diagnostics);
      const list = this.waiting.get(uri) ?? [];
      this.waiting.delete(uri);
      for (const resolve of list) resolve(diagnostics);
      return;
    }
    if (message.id !== undefined && typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending?.resolve(message.result);
    }
  }

  /** Answers the server's requests to the client as VS Code would. */
  private answer(method: string, params: unknown): unknown {
    if (method === 'workspace/configuration') {
      const items = (params as { items: { section?: string }[] }).items;
      return items.map(({ section }) => {
        if (section === 'yaml') return this.settings.yaml;
        if (section === '[yaml]') return this.settings['[yaml]'] ?? {};
        if (section === 'editor') return this.settings.editor ?? {};
        return {};
      });
    }
    return null; // client/registerCapability, window/workDoneProgress/create …
  }
}

/**
 * What VS Code sends for a folder opened with `netzwerk init`'s .vscode/settings.json: the YAML
 * extension's defaults with the folder's own settings on top. The schema store (a download of
 * schema associations from the internet) is off: the test machine has no internet, and no
 * store entry matches the network's file names anyway.
 */
export function settingsOf(folder: string | undefined): Settings {
  const own = folder ? (JSON.parse(readFileSync(join(folder, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>) : {};
  const yaml: Record<string, unknown> = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: true },
    schemaStore: { enable: false },
    schemas: {},
  };
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(own)) {
    if (key.startsWith('yaml.')) yaml[key.slice(5)] = value;
    else rest[key] = value;
  }
  return { yaml, '[yaml]': (rest['[yaml]'] as Record<string, unknown>) ?? {}, editor: { tabSize: 2, insertSpaces: true, detectIndentation: true } };
}
