/**
 * Every call from any host goes through here: known method → zod parse → handler → envelope.
 * Errors never cross as exceptions, and internals (stacks, SQL) never reach the UI.
 */
import { contract, isMethod } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/errors';
import type { Handlers } from '../core/handlers';

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected errors are reported (with their stack), never the caller. */
  logError?: (method: string, error: unknown) => void;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  const logError =
    options.logError ?? ((method, error) => console.error(`[rpc] ${method} failed:`, error));
  return async (method, input) => {
    if (typeof method !== 'string' || !isMethod(method)) {
      return {
        ok: false,
        error: new AppError('rpc.unknownMethod', { method: String(method).slice(0, 80) }).toInfo(),
      };
    }
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 20).map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
      return { ok: false, error: new AppError('rpc.invalidInput', { method }, issues).toInfo() };
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toInfo() };
      logError(method, error);
      return { ok: false, error: new AppError('internal').toInfo() };
    }
  };
}
