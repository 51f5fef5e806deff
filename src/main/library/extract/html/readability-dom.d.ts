// Readability ships JSDOMParser, the small DOM its own tests run on, without
// typings. Weft uses only its Document: a factory for elements and text nodes
// that Readability knows how to work on (see light-dom.ts).
declare module '@mozilla/readability/JSDOMParser.js' {
  class JSDOMParser {
    parse(html: string, url?: string): Document
  }
  export = JSDOMParser
}
