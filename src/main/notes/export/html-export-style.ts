// The CSS inlined into every HTML export: readable type, quotation figures,
// footnotes and bibliography, light and dark, print-friendly. System fonts
// only, so the file references nothing outside itself.
export const HTML_EXPORT_CSS = `
:root { color-scheme: light dark; --text: #1d2025; --muted: #5b6270; --rule: #d9dce3; --accent: #3b5bdb;
  --quote-bg: #f4f6fb; --mention-bg: #e8edff; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e4e6eb; --muted: #a2a9b6; --rule: #3a3f4a; --accent: #8ea6ff; --quote-bg: #22262e;
    --mention-bg: #2b3350; }
}
body { margin: 0; color: var(--text); background: Canvas;
  font: 17px/1.6 "Noto Sans", "Segoe UI", system-ui, -apple-system, "Noto Naskh Arabic", "Geeza Pro", sans-serif; }
article { max-width: 42rem; margin: 0 auto; padding: 3rem 1.5rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1.5rem; }
h2 { font-size: 1.45rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.2rem; margin: 1.6rem 0 0.6rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.4rem 0 0.5rem; }
p, li, td, th, blockquote, h2, h3, h4, h5, h6 { text-align: start; }
a { color: var(--accent); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em;
  background: var(--quote-bg); padding: 0.1em 0.3em; border-radius: 3px; }
pre { background: var(--quote-bg); padding: 0.8rem 1rem; overflow-x: auto; border-radius: 6px; }
pre code { background: none; padding: 0; }
blockquote { margin: 1rem 0; padding: 0.2rem 1rem; border-inline-start: 3px solid var(--rule); color: var(--muted); }
figure.quotation { margin: 1.5rem 0; padding: 0.9rem 1.1rem; background: var(--quote-bg);
  border-inline-start: 4px solid var(--accent); border-radius: 4px; }
figure.quotation blockquote { margin: 0; padding: 0; border: 0; color: var(--text); font-size: 1.02rem; }
figure.quotation figcaption { margin-top: 0.5rem; color: var(--muted); font-size: 0.88rem; }
.footnote-ref { font-size: 0.75em; margin-inline-start: 0.15em; }
.mention { background: var(--mention-bg); border-radius: 0.6em; padding: 0 0.35em; white-space: nowrap; }
ul.checklist { list-style: none; padding-inline-start: 1.2rem; }
.check { display: inline-block; width: 1.2em; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
th, td { border: 1px solid var(--rule); padding: 0.4rem 0.6rem; vertical-align: top; }
th { background: var(--quote-bg); }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
.footnotes, .bibliography { margin-top: 2.5rem; border-top: 1px solid var(--rule); font-size: 0.92rem; }
.footnotes h2, .bibliography h2 { font-size: 1.1rem; }
.bibliography p { padding-inline-start: 2em; text-indent: -2em; margin: 0.5rem 0; overflow-wrap: anywhere; }
@media print { body { font-size: 11pt; background: none; } article { max-width: none; padding: 0; }
  a { color: inherit; } }
`
