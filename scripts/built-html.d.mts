/** Types of scripts/built-html.mjs (plain JavaScript, run by postbuild under Node without a loader). */
export declare function htmlFiles(dir: string): Generator<string>;
export declare function scriptSources(html: string): string[];
