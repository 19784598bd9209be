/**
 * Makes the plan's data fields inside a container read-only for a review copy, while keeping
 * what only looks at the plan usable: tabs, filters and search, menus, document preview and
 * export. Text fields become read-only; checkboxes, radios and switches that hold plan data are
 * disabled. Buttons stay enabled; any change they would send is refused by the core
 * (`review.readOnly`), so nothing can change the copy even where this misses a control.
 */
const SEARCH = /^(cari|search|semua|all)\b/i;

function lock(root: HTMLElement, keepToggles: boolean): void {
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'input, textarea',
  )) {
    if (el.dataset.reviewLocked) continue;
    const type = el instanceof HTMLInputElement ? el.type : 'textarea';
    // Filters and search only change what is shown.
    if (type === 'search' || SEARCH.test(el.placeholder ?? '')) continue;
    if (type === 'checkbox' || type === 'radio') {
      // Segmented controls choose a view or an export option, not plan data; on the documents
      // step the checkboxes and switches choose what to export (books, draft mark).
      if (keepToggles || el.closest('.mantine-SegmentedControl-root')) continue;
      el.disabled = true;
    } else if (type !== 'file' && type !== 'button' && type !== 'submit' && type !== 'hidden') {
      el.readOnly = true;
      el.setAttribute('aria-readonly', 'true');
    }
    el.dataset.reviewLocked = 'true';
  }
}

/** Locks the container now and whenever its content changes; returns the cleanup. */
export function lockReviewFields(
  root: HTMLElement,
  keepToggles: () => boolean = () => false,
): () => void {
  lock(root, keepToggles());
  const observer = new MutationObserver(() => lock(root, keepToggles()));
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
