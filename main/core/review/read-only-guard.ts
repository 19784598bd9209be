/**
 * A review copy is read-only everywhere, not only in the UI: every handler that changes a plan
 * refuses when its `planId` is a review copy. Changes are recognised by the method's verb;
 * reading, rendering documents, deleting the copy and the review's own methods stay allowed.
 * After a change succeeds, the local identity is recorded as the plan's last modifier.
 */
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { recordModifier } from '../packages/modified-by';
import { reviewCopies } from '../packages/packages.service';

const CHANGE_VERB =
  /^(add|create|update|remove|delete|move|set|rename|import|reorder|patch|save|upsert|replace|score|select|unselect|toggle|apply|clear|reset|generate|link|unlink|attach|detach)/i;
const ALWAYS_ALLOWED = new Set(['plans.delete', 'plans.duplicate']);

/** Whether the method changes a plan (and so is refused on a review copy). */
export function changesPlan(method: string): boolean {
  const [domain = '', verb = ''] = method.split('.');
  if (['review', 'packages', 'identity', 'settings', 'app'].includes(domain)) return false;
  return !ALWAYS_ALLOWED.has(method) && CHANGE_VERB.test(verb);
}

type AnyHandlers = Record<string, (input: any) => Promise<unknown>>;

export function guardReviewCopies<H extends AnyHandlers>(ctx: CoreContext, handlers: H): H {
  const guarded: AnyHandlers = {};
  for (const [method, handler] of Object.entries(handlers)) {
    guarded[method] = changesPlan(method)
      ? async (input) => {
          const planId = (input as { planId?: unknown } | undefined)?.planId;
          if (typeof planId === 'string' && planId in (await reviewCopies(ctx))) {
            throw new AppError('review.readOnly');
          }
          const result = await handler(input);
          // Who changed the plan last, for the import dialog ("Terakhir diubah oleh …").
          if (typeof planId === 'string') await recordModifier(ctx.db, planId, ctx.now());
          return result;
        }
      : handler;
  }
  return guarded as H;
}
