/**
 * The UI's only way to the core: through the preload pipe in Electron, or a JSON POST to the
 * loopback host in browser mode. Both answer with the same envelope.
 */
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract';
import type { Envelope, ErrorInfo } from '../../../shared/errors';

declare global {
  interface Window {
    rancang?: { invoke(method: string, input: unknown): Promise<Envelope<unknown>> };
  }
}

/** An error answered by the core; `info.message` is an i18n key. */
export class RpcError extends Error {
  readonly info: ErrorInfo;
  constructor(info: ErrorInfo) {
    super(info.code);
    this.name = 'RpcError';
    this.info = info;
  }
}

async function overHttp(method: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`./rpc/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'errors.network',
        params: { message: String((error as Error).message) },
      },
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'errors.network',
        params: { message: `HTTP ${response.status}` },
      },
    };
  }
  return (await response.json()) as Envelope<unknown>;
}

export async function invoke<M extends Method>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const envelope = window.rancang
    ? await window.rancang.invoke(method, input)
    : await overHttp(method, input);
  if (!envelope.ok) throw new RpcError(envelope.error);
  return envelope.value as MethodOutput<M>;
}
