import type { ErrorInfo } from '../../shared/errors';
import type { Out, Translate } from './command';

/** Prints a core error as one translated line and returns the failure exit code. */
export function failWith(out: Out, t: Translate, error: ErrorInfo): number {
  out.error(t('cli.failed', { reason: t(error.message as 'errors.internal', error.params ?? {}) }));
  return 1;
}
