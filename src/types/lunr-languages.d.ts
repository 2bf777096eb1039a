// lunr-languages ships no types; these cover the parts Raadskompas uses.
declare module "lunr-languages/lunr.stemmer.support.js" {
  const support: (lunr: typeof import("lunr")) => void;
  export default support;
}
declare module "lunr-languages/lunr.nl.js" {
  const register: (lunr: typeof import("lunr")) => void;
  export default register;
}
