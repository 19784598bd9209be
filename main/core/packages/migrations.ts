/**
 * Package migrations: each turns the entries of format version N into version N + 1, so older
 * packages open in newer apps. Each step `n` has a fixture `testing/fixtures/format-n.rancang`
 * written by the app of version n and a test that opens and imports it (fixtures.test.ts).
 * Migrations run after the zip checks and before the manifest is validated and verified; a
 * migration that rewrites the manifest must keep the original bytes for the signature check.
 */
import { PACKAGE_FORMAT_VERSION } from './format';

export type PackageEntries = Map<string, Buffer>;
export type PackageMigration = (entries: PackageEntries) => PackageEntries;

export const PACKAGE_MIGRATIONS: Record<number, PackageMigration> = {
  /**
   * 1 → 2: version 2 only adds the optional logo entry (`assets/logo.png|jpg`); a version 1
   * package has none, so its entries are already a valid version 2 package. The manifest keeps
   * its bytes (and `formatVersion: 1`), so its signature still verifies.
   */
  1: (entries) => entries,
};

/** Brings a package of an older (or the current) format version to the current one. */
export function migratePackage(
  fromVersion: number,
  entries: PackageEntries,
  migrations: Record<number, PackageMigration> = PACKAGE_MIGRATIONS,
  target: number = PACKAGE_FORMAT_VERSION,
): PackageEntries {
  let current = entries;
  for (let version = fromVersion; version < target; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`no package migration from format ${version}`);
    current = step(current);
  }
  return current;
}
