/** The app version, injected at build time from package.json (see scripts/build.mjs). */
export const APP_VERSION: string = process.env.RANCANG_VERSION ?? '0.0.0-dev';
