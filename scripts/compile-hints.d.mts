/** Types of scripts/compile-hints.mjs (plain JavaScript, run by postbuild under Node without a loader). */
export declare const COMPILE_HINT: string;
export declare function startupScripts(appDir: string): string[];
export declare function markStartupScripts(nextDir: string): string[];
