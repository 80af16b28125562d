/** Types of scripts/paint-first.mjs (plain JavaScript, run by postbuild under Node without a loader). */
export declare const STARTUP_ATTRIBUTE: string;
export declare const PRELOAD_ATTRIBUTE: string;
export declare const STARTUP_LOADER: string;
export declare function paintFirst(html: string): string;
