/**
 * A minimal Language Server Protocol client over stdio, enough to drive a language server from a test as an editor
 * would: requests wait for their response (no sleeps), the server's own requests get the answers an editor with no
 * settings gives, notifications are ignored.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** A JSON-RPC message as the server sends it. */
interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

/** A running language server. */
export interface LanguageServer {
  /** Sends a request and resolves with its result; rejects with the server's error or if the server exits. */
  request<Result>(method: string, params: unknown): Promise<Result>;
  /** Sends a notification. */
  notify(method: string, params: unknown): void;
  /** Asks the server to shut down and exit, and resolves once its process has ended. */
  stop(): Promise<void>;
}

/** Starts `node <script> --stdio` with the Node running the tests. */
export function startLanguageServer(script: string, cwd: string): LanguageServer {
  const child = spawn(process.execPath, [script, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stderr = '';
  let exited = false;
  const ended = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exited = true;
      for (const { reject } of pending.values())
        reject(new Error(`the language server exited (code ${code}) before answering:\n${stderr.slice(-2000)}`));
      pending.clear();
      resolve();
    }),
  );
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  readMessages(child, (message) => {
    if (message.method !== undefined && message.id !== undefined)
      send(child, { id: message.id, result: answerServerRequest(message.method, message.params) });
    else if (typeof message.id === 'number') {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result ?? null);
    }
  });

  const request = <Result>(method: string, params: unknown) =>
    new Promise<Result>((resolve, reject) => {
      if (exited) return reject(new Error(`the language server has exited:\n${stderr.slice(-2000)}`));
      const id = nextId++;
      pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      send(child, { id, method, params });
    });
  return {
    request,
    notify: (method, params) => send(child, { method, params }),
    async stop() {
      if (!exited) {
        await request('shutdown', null);
        send(child, { method: 'exit' });
      }
      await ended;
    },
  };
}

/** What an editor with no settings answers: no configuration, and yes to everything else. */
function answerServerRequest(method: string, params: unknown): unknown {
  if (method === 'workspace/configuration') return ((params as { items: unknown[] }).items ?? []).map(() => null);
  return null;
}

function send(child: ChildProcessWithoutNullStreams, message: object): void {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}

/** Cuts the server's output into messages: `Content-Length: n` headers, a blank line, then n bytes of JSON. */
function readMessages(child: ChildProcessWithoutNullStreams, onMessage: (message: Message) => void): void {
  let buffer = Buffer.alloc(0);
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
      if (!Number.isInteger(length)) throw new Error(`a message without a Content-Length header from the server`);
      const bodyStart = headerEnd + 4;
      if (buffer.length < bodyStart + length) return;
      const body = buffer.subarray(bodyStart, bodyStart + length).toString('utf8');
      buffer = buffer.subarray(bodyStart + length);
      onMessage(JSON.parse(body) as Message);
    }
  });
}
