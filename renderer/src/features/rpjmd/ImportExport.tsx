/** Import and export of the RPJMD "tabel cascading" (filled in later in this file). */
export function ImportExport(_: { planId: string }) {
  return null;
}
