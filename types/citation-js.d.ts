/** citation-js ships no types; the tests use only its constructor and the CSL-JSON items it parses. */
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: string);
    /** The parsed items as CSL-JSON. */
    data: unknown[];
  }
}
declare module "@citation-js/plugin-ris";
