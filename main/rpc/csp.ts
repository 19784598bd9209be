/**
 * The UI's Content Security Policy, the same for app:// (Electron) and browser mode: no eval,
 * no inline scripts, nothing from the network. Inline styles are allowed because the component
 * library writes its CSS variables in a <style> element.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  // The PDF preview of the Dokumen step: a blob: URL made by the UI itself, in a frame.
  'frame-src blob:',
  'object-src blob:',
].join('; ');
