// Set by the build (scripts/build.mjs) to the product's version.
declare const __MMT_VERSION__: string;

export const VERSION = __MMT_VERSION__;
