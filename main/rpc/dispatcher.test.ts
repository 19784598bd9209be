import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import type { Handlers } from '../core/handlers';
import { createDispatcher } from './dispatcher';

function dispatcherWith(overrides: Partial<Handlers>) {
  const logError = vi.fn();
  return { dispatch: createDispatcher(overrides as Handlers, { logError }), logError };
}

describe('RPC dispatcher envelopes', () => {
  it('answers an unknown method with its own code', async () => {
    const { dispatch } = dispatcherWith({});
    const result = await dispatch('plans.hack', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'rpc.unknownMethod',
        message: 'errors.rpc.unknownMethod',
        params: { method: 'plans.hack' },
      },
    });
  });

  it('rejects input that does not match the contract before any handler runs', async () => {
    const rename = vi.fn();
    const { dispatch } = dispatcherWith({ 'plans.rename': rename });
    const result = await dispatch('plans.rename', { planId: 'x', title: '   ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('rpc.invalidInput');
    expect(result.error.message).toBe('errors.rpc.invalidInput');
    expect(result.error.issues?.[0]?.path).toBe('title');
    expect(rename).not.toHaveBeenCalled();
  });

  it('rejects unexpected extra fields', async () => {
    const { dispatch } = dispatcherWith({ 'plans.delete': vi.fn() });
    const result = await dispatch('plans.delete', { planId: 'x', cascade: true });
    expect(result.ok ? null : result.error.code).toBe('rpc.invalidInput');
  });

  it('passes an expected AppError through with its code and params', async () => {
    const { dispatch } = dispatcherWith({
      'plans.get': async () => {
        throw new AppError('plan.notFound');
      },
    });
    expect(await dispatch('plans.get', { planId: 'x' })).toEqual({
      ok: false,
      error: { code: 'plan.notFound', message: 'errors.plan.notFound' },
    });
  });

  it('hides internal errors: no message, no stack reaches the caller; main logs them', async () => {
    const { dispatch, logError } = dispatcherWith({
      'plans.list': async () => {
        throw new Error('SQLITE_CORRUPT: secret path /home/x');
      },
    });
    const result = await dispatch('plans.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'errors.internal' } });
    expect(JSON.stringify(result)).not.toContain('SQLITE');
    expect(logError).toHaveBeenCalledOnce();
  });

  it('returns the handler value in an ok envelope', async () => {
    const { dispatch } = dispatcherWith({ 'settings.get': async () => ({ language: 'en' }) });
    expect(await dispatch('settings.get', {})).toEqual({ ok: true, value: { language: 'en' } });
  });
});
