// JSZip's prebuilt browser bundle (self-contained): importing it instead of the package's Node sources keeps
// Node polyfills — and their eval-based feature probes, which the Content-Security-Policy blocks — out of the page.
declare module "jszip/dist/jszip.min.js" {
  import JSZip from "jszip";
  export default JSZip;
}
