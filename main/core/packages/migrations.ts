/**
 * Package migrations: each turns the entries of format version N into version N + 1, so older
 * packages open in newer apps. Version 1 is the first format; when version 2 comes, add
 * `1: (entries) => …` here, a fixture `fixtures/format-1.rancang` and a test that opens it.
 * Migrations run after the zip checks and before the manifest is validated and verified; a
 * migration that rewrites the manifest must keep the original bytes for the signature check.
 */
import { PACKAGE_FORMAT_VERSION } from './format';

export type PackageEntries = Map<string, Buffer>;
export type PackageMigration = (entries: PackageEntries) => PackageEntries;

export const PACKAGE_MIGRATIONS: Record<number, PackageMigration> = {};

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
