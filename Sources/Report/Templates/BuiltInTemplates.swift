// Generated from the repository's templates/ folder; do not edit by hand.
// After changing templates/, run: NOTEBOOK_UPDATE_TEMPLATES=1 swift test --filter BuiltInTemplatesTests

/// The default templates and stylesheet, compiled in so the tool works from any directory.
enum BuiltInTemplates {
    static let files: [String: String] = [
        "article.mustache": ##"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="notebook {{generator}}">
<title>{{pageTitle}}</title>
<style>
{{{stylesheet}}}
</style>
{{#math}}
{{#styleHref}}<link rel="stylesheet" href="{{styleHref}}">{{/styleHref}}
{{#inlineStyle}}<style>{{{inlineStyle}}}</style>{{/inlineStyle}}
{{/math}}
</head>
<body>
<a class="skip-link" href="#content">Skip to the article</a>
<div class="page">
{{#hasTitleBlock}}
<header class="title-block">
{{#title}}<h1 class="title">{{title}}</h1>{{/title}}
{{#subtitle}}<p class="subtitle">{{subtitle}}</p>{{/subtitle}}
{{#hasByline}}<p class="byline">{{#author}}<span class="author">{{author}}</span>{{/author}}{{#date}}<span class="date">{{date}}</span>{{/date}}</p>{{/hasByline}}
</header>
{{/hasTitleBlock}}
{{#hasToc}}
{{> partials/toc}}
{{/hasToc}}
<main id="content" class="article">
{{#blocks}}
{{#isProse}}
<div class="prose">
{{{html}}}
</div>
{{/isProse}}
{{#isCell}}
{{> partials/cell}}
{{/isCell}}
{{#isCode}}
<pre class="code-block" tabindex="0"><code{{#language}} class="language-{{language}}"{{/language}}>{{{codeHTML}}}</code></pre>
{{/isCode}}
{{/blocks}}
{{#hasReferences}}
{{> partials/references}}
{{/hasReferences}}
</main>
{{#footer}}
{{> partials/footer}}
{{/footer}}
</div>
<dialog class="figure-viewer" aria-label="Figure, full size"><button class="viewer-close" type="button">Close</button></dialog>
{{#math}}
{{#scriptSrc}}<script src="{{scriptSrc}}"></script>{{/scriptSrc}}
{{#inlineScript}}<script>{{{inlineScript}}}</script>{{/inlineScript}}
{{/math}}
<script>
{{> partials/reader-tools}}
</script>
</body>
</html>

"""##,
        "partials/cell.mustache": ##"""
<div class="cell cell-{{statusKind}}" id="{{cellID}}">
{{#showCellInfo}}
<div class="cell-header"><span class="cell-label">{{label}}</span> <span class="badge badge-{{statusKind}}">{{badge}}</span></div>
{{/showCellInfo}}
{{#echo}}
{{#folded}}
<details class="cell-code">
<summary>Show code ({{lineCount}} lines)</summary>
<pre class="code-block" tabindex="0"><code class="language-swift">{{{codeHTML}}}</code></pre>
</details>
{{/folded}}
{{^folded}}
<pre class="code-block cell-code" tabindex="0"><code class="language-swift">{{{codeHTML}}}</code></pre>
{{/folded}}
{{/echo}}
{{#hasOutputs}}
<div class="cell-outputs">
{{#outputs}}
{{#isText}}
{{> partials/output-text}}
{{/isText}}
{{#isMarkdown}}
{{> partials/output-markdown}}
{{/isMarkdown}}
{{#isTable}}
{{> partials/output-table}}
{{/isTable}}
{{#isModelSummary}}
{{> partials/output-model-summary}}
{{/isModelSummary}}
{{#isFigure}}
{{> partials/figure}}
{{/isFigure}}
{{#isError}}
{{> partials/output-error}}
{{/isError}}
{{/outputs}}
</div>
{{/hasOutputs}}
</div>

"""##,
        "partials/figure.mustache": ##"""
<figure class="output output-figure">
<a class="figure-link" href="{{src}}"><img src="{{src}}" width="{{width}}" height="{{height}}" alt="{{alt}}"></a>
{{#hasFigureCaption}}<figcaption>{{#figureNumber}}<span class="figure-number">{{figureNumber}}:</span> {{/figureNumber}}{{figureCaption}}</figcaption>{{/hasFigureCaption}}
</figure>

"""##,
        "partials/footer.mustache": ##"""
<footer class="reproducibility">
<h2 id="reproducibility">Reproducibility</h2>
<dl>
<dt>Tool</dt><dd>notebook {{toolVersion}}{{#commit}}, commit <code>{{commit}}</code>{{/commit}}</dd>
{{#runDate}}<dt>Computed</dt><dd>{{runDate}}</dd>{{/runDate}}
{{#system}}<dt>System</dt><dd>{{system}}</dd>{{/system}}
{{#swiftVersion}}<dt>Swift</dt><dd>{{swiftVersion}}</dd>{{/swiftVersion}}
{{#blas}}<dt>BLAS</dt><dd>{{blas}}</dd>{{/blas}}
<dt>Threads</dt><dd>{{threadCount}}</dd>
<dt>Seed</dt><dd>{{seed}}</dd>
{{#hasDataFiles}}
<dt>Data</dt>
<dd>
<ul class="checksums">
{{#dataFiles}}
<li><code>{{path}}</code> <span class="sha256">SHA-256 {{sha256}}</span></li>
{{/dataFiles}}
</ul>
</dd>
{{/hasDataFiles}}
{{#extraLines}}<dt>Note</dt><dd>{{.}}</dd>{{/extraLines}}
</dl>
{{#hasRunDetails}}
<details class="run-details">
<summary id="run-details">Run details: {{totalTime}} of cell time</summary>
<table>
<thead><tr><th scope="col">Cell</th><th scope="col">Time</th></tr></thead>
<tbody>
{{#runDetails}}
<tr><td><code>{{label}}</code></td><td>{{status}}</td></tr>
{{/runDetails}}
</tbody>
</table>
</details>
{{/hasRunDetails}}
</footer>

"""##,
        "partials/output-error.mustache": ##"""
<div class="output output-error" role="alert">
<p class="error-heading"><strong>Error</strong>{{#location}} at <code class="error-location">{{location}}</code>{{/location}}</p>
<p class="error-message">{{message}}</p>
{{#excerpt}}<pre class="error-excerpt" tabindex="0">{{excerpt}}</pre>{{/excerpt}}
</div>

"""##,
        "partials/output-markdown.mustache": ##"""
<div class="output output-markdown prose">
{{{html}}}
</div>

"""##,
        "partials/output-model-summary.mustache": ##"""
<div class="output output-model-summary table-scroll" tabindex="0">
<table class="model-summary">
{{> partials/table-rows}}
</table>
</div>

"""##,
        "partials/output-table.mustache": ##"""
<div class="output output-table table-scroll" tabindex="0">
<table>
{{> partials/table-rows}}
</table>
</div>

"""##,
        "partials/output-text.mustache": ##"""
<pre class="output output-text" tabindex="0">{{text}}</pre>

"""##,
        "partials/reader-tools.mustache": ##"""
"use strict";
// Print every folded block open.
addEventListener("beforeprint", () => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
// Typeset math with KaTeX when the page carries it; otherwise the TeX source stays readable.
if (window.katex) {
  document.querySelectorAll(".math").forEach((el) => {
    katex.render(el.textContent, el, { displayMode: el.classList.contains("display"), throwOnError: false });
  });
}
// A copy button on each code block.
document.querySelectorAll("pre.code-block").forEach((pre) => {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy-button";
  button.textContent = "Copy";
  button.setAttribute("aria-label", "Copy code");
  button.addEventListener("click", async () => {
    const text = pre.querySelector("code").textContent;
    try {
      await navigator.clipboard.writeText(text);
    } catch (error) {
      const area = document.createElement("textarea");
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    button.textContent = "Copied";
    setTimeout(() => { button.textContent = "Copy"; }, 1500);
  });
  const wrapper = document.createElement("div");
  wrapper.className = "code-wrapper";
  pre.replaceWith(wrapper);
  wrapper.append(pre, button);
});
// A figure opens full size in a dialog; Escape, the button or a click closes it.
const viewer = document.querySelector(".figure-viewer");
const large = document.createElement("img");
viewer.append(large);
document.querySelectorAll("a.figure-link").forEach((link) => {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    const image = link.querySelector("img");
    large.src = image.src;
    large.alt = image.alt;
    viewer.showModal();
  });
});
viewer.addEventListener("click", () => viewer.close());

"""##,
        "partials/references.mustache": ##"""
<section class="references" aria-labelledby="references">
<h2 id="references">References</h2>
<ol>
{{#references}}
<li id="ref-{{key}}">{{#author}}{{author}}. {{/author}}<a href="{{url}}">{{title}}</a>{{#year}} ({{year}}){{/year}}.</li>
{{/references}}
</ol>
</section>

"""##,
        "partials/table-rows.mustache": ##"""
{{#hasTableCaption}}<caption>{{#tableNumber}}<span class="table-number">{{tableNumber}}:</span> {{/tableNumber}}{{tableCaption}}</caption>{{/hasTableCaption}}
{{#hasHeader}}<thead><tr>{{#header}}<th scope="col"{{#numeric}} class="num"{{/numeric}}>{{text}}</th>{{/header}}</tr></thead>{{/hasHeader}}
<tbody>
{{#rows}}
<tr>{{#cells}}<td{{#numeric}} class="num"{{/numeric}}>{{text}}</td>{{/cells}}</tr>
{{/rows}}
</tbody>

"""##,
        "partials/toc.mustache": ##"""
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">Contents</h2>
<ol>
{{#toc}}
<li class="toc-level-{{level}}"><a href="#{{id}}">{{text}}</a></li>
{{/toc}}
</ol>
</nav>

"""##,
        "style.css": ##"""
/* notebook article stylesheet: one readable column, light and dark, phone to desktop, print. */
:root {
  --text: #1d2127;
  --muted: #566070;
  --background: #ffffff;
  --surface: #f5f6f8;
  --border: #dde1e6;
  --accent: #2b5fb4;
  --error: #b3261e;
  --error-surface: #fdf0ef;
  --ok: #1e6b3a;
  --ok-surface: #e6f4ea;
  --cached: #6a4c93;
  --cached-surface: #f1ebf8;
  --hl-keyword: #a0307e;
  --hl-type: #5c3eae;
  --hl-number: #1c5aa6;
  --hl-string: #b43d1f;
  --hl-comment: #6b7480;
  --hl-label: #6a5400;
  --measure: 42rem;
  --wide: 52rem;
  --body-font: "Iowan Old Style", "Charter", "Palatino Linotype", Georgia, "DejaVu Serif", serif;
  --ui-font: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  --code-font: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
}

@media (prefers-color-scheme: dark) {
  :root {
    --text: #e3e6ea;
    --muted: #9aa3ad;
    --background: #15181c;
    --surface: #1e2228;
    --border: #343a42;
    --accent: #8ab4f8;
    --error: #f2b8b5;
    --error-surface: #3a1f1e;
    --ok: #9bd5a8;
    --ok-surface: #1d3324;
    --cached: #cdb6ef;
    --cached-surface: #2d2540;
    --hl-keyword: #f08dc9;
    --hl-type: #c3a9ff;
    --hl-number: #8cc2ff;
    --hl-string: #f4a98c;
    --hl-comment: #8b949e;
    --hl-label: #e6cc73;
  }
}

* { box-sizing: border-box; }

html {
  background: var(--background);
  color: var(--text);
  font-family: var(--body-font);
  font-size: 112.5%;
  line-height: 1.6;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body { margin: 0; }

/* One column (title, contents box, article, footer) on phones and tablets; on wide screens the
   contents move into a sticky sidebar in the left margin. */
.page {
  max-width: var(--wide);
  margin: 0 auto;
  padding: 2.5rem 1.5rem 4rem;
}
@media (min-width: 1180px) {
  .page {
    /* 15rem contents + 2.5rem gap + the 52rem article column (--wide) */
    max-width: 69.5rem;
    display: grid;
    grid-template-columns: 15rem minmax(0, 52rem);
    grid-template-areas: "toc title" "toc main" "toc footer";
    grid-template-rows: auto 1fr auto;
    column-gap: 2.5rem;
    align-items: start;
  }
  .title-block { grid-area: title; }
  .article { grid-area: main; }
  .reproducibility { grid-area: footer; }
  .toc {
    grid-area: toc;
    position: sticky;
    top: 1rem;
    max-height: calc(100vh - 2rem);
    overflow-y: auto;
    border: 0;
    padding: 0.2rem 0 0;
  }
}

.skip-link {
  position: absolute;
  left: 1rem;
  top: -3rem;
  background: var(--background);
  color: var(--accent);
  padding: 0.4rem 0.8rem;
  border: 2px solid var(--accent);
  border-radius: 4px;
  font-family: var(--ui-font);
  z-index: 10;
}
.skip-link:focus { top: 1rem; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.article > *, .prose > * { max-width: var(--measure); }
.article > .cell, .article > pre, .article > .code-wrapper, .prose > .table-scroll, .prose > pre, .prose > .code-wrapper { max-width: none; }

/* Headings' permalinks show on hover and focus. */
.permalink { margin-left: 0.3em; color: var(--muted); text-decoration: none; font-weight: 400; opacity: 0; }
h1:hover .permalink, h2:hover .permalink, h3:hover .permalink, h4:hover .permalink, .permalink:focus { opacity: 1; }
@media (hover: none) { .permalink { display: none; } }

h1, h2, h3, h4 {
  font-family: var(--ui-font);
  line-height: 1.25;
  margin: 2.2em 0 0.6em;
  scroll-margin-top: 1rem;
}
h2 { font-size: 1.45rem; }
h3 { font-size: 1.15rem; }

p, ul, ol, dl { margin: 0 0 1em; }
a { color: var(--accent); }
sup { line-height: 0; }
img { max-width: 100%; height: auto; }
hr { border: 0; border-top: 1px solid var(--border); margin: 2rem 0; }
blockquote { margin: 0 0 1em; padding-left: 1em; border-left: 3px solid var(--border); color: var(--muted); }

/* Title block */
.title-block { margin-bottom: 2rem; }
.title-block .title { font-size: 2.2rem; margin: 0 0 0.3em; letter-spacing: -0.01em; }
.subtitle { font-size: 1.2rem; color: var(--muted); margin: 0 0 0.6em; }
.byline { font-family: var(--ui-font); font-size: 0.9rem; color: var(--muted); }
.byline .author + .date::before { content: "·"; margin: 0 0.5em; }

/* Table of contents */
.toc {
  font-family: var(--ui-font);
  font-size: 0.92rem;
  border: 1px solid var(--border);
  border-radius: 8px;
  padding: 0.8rem 1.2rem;
  margin-bottom: 2.5rem;
}
.toc h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 0 0 0.4rem; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0.15rem 0; }
.toc .toc-level-3 { padding-left: 1.2rem; }
.toc .toc-level-4, .toc .toc-level-5, .toc .toc-level-6 { padding-left: 2.4rem; }
.toc a { text-decoration: none; }
.toc li a { display: inline-block; padding: 0.1rem 0; }
.toc a:hover { text-decoration: underline; }

/* Code */
code, pre { font-family: var(--code-font); font-size: 0.82rem; }
:not(pre) > code { background: var(--surface); padding: 0.1em 0.3em; border-radius: 4px; font-size: 0.85em; }
pre {
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: 6px;
  padding: 0.75rem 1rem;
  margin: 0 0 1em;
  overflow-x: auto;
  line-height: 1.45;
  tab-size: 4;
}
.code-wrapper { position: relative; }
.copy-button {
  position: absolute;
  top: 0.35rem;
  right: 0.35rem;
  font-family: var(--ui-font);
  font-size: 0.72rem;
  color: var(--muted);
  background: var(--background);
  border: 1px solid var(--border);
  border-radius: 4px;
  padding: 0.15rem 0.5rem;
  cursor: pointer;
  opacity: 0;
}
.code-wrapper:hover .copy-button, .copy-button:focus { opacity: 1; }
@media (hover: none) { .copy-button { opacity: 1; } }
.hl-keyword { color: var(--hl-keyword); font-weight: 600; }
.hl-type { color: var(--hl-type); }
.hl-integerLiteral, .hl-floatLiteral { color: var(--hl-number); }
.hl-stringLiteral { color: var(--hl-string); }
.hl-lineComment, .hl-blockComment, .hl-docLineComment, .hl-docBlockComment { color: var(--hl-comment); font-style: italic; }
.hl-argumentLabel { color: var(--hl-label); }
.hl-attribute { color: var(--hl-keyword); }

/* Cells */
.cell { margin: 1.5rem 0 2rem; }
.cell-header {
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  gap: 1rem;
  font-family: var(--ui-font);
  font-size: 0.75rem;
  color: var(--muted);
  margin-bottom: 0.3rem;
}
.cell-label { font-family: var(--code-font); }
.badge { border-radius: 999px; padding: 0.05rem 0.6rem; white-space: nowrap; }
.badge-ran { background: var(--ok-surface); color: var(--ok); }
.badge-failed { background: var(--error-surface); color: var(--error); }
.badge-not-run { background: var(--surface); color: var(--muted); }
.cell-code { margin-bottom: 0.6rem; }
details.cell-code summary {
  font-family: var(--ui-font);
  font-size: 0.85rem;
  color: var(--accent);
  cursor: pointer;
  margin-bottom: 0.4rem;
}
.cell-outputs > * { margin: 0 0 0.8rem; }
.output-text { background: transparent; border-style: dashed; }

/* Tables */
.table-scroll { overflow-x: auto; margin: 0 0 1em; }
table { border-collapse: collapse; font-family: var(--ui-font); font-size: 0.88rem; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; color: var(--muted); font-size: 0.85rem; padding-bottom: 0.4rem; }
th, td { padding: 0.35rem 0.8rem; border-bottom: 1px solid var(--border); text-align: left; vertical-align: baseline; }
thead th { border-bottom: 2px solid var(--text); font-weight: 600; }
.num { text-align: right; }
.model-summary td:first-child { font-family: var(--code-font); font-size: 0.8rem; }

/* Figures */
figure { margin: 0 0 1.2rem; }
figure img { display: block; border-radius: 4px; background: #fff; }
.figure-link { display: inline-block; cursor: zoom-in; }
.figure-number, .table-number { font-weight: 600; color: var(--text); }
.figure-viewer { max-width: 96vw; max-height: 96vh; padding: 0.5rem; border: 0; border-radius: 6px; background: #fff; }
.figure-viewer::backdrop { background: rgb(0 0 0 / 0.75); }
.figure-viewer img { display: block; width: auto; height: auto; max-width: calc(96vw - 1rem); max-height: calc(96vh - 3.5rem); cursor: zoom-out; }
.viewer-close { display: block; margin: 0 0 0.4rem auto; font-family: var(--ui-font); }

/* Math */
.math.display { display: block; overflow-x: auto; margin: 0 0 1em; }

/* Callouts (GitHub alerts) */
.callout {
  border-left: 4px solid var(--accent);
  background: var(--surface);
  border-radius: 4px;
  padding: 0.6rem 1rem 0.1rem;
  margin: 0 0 1em;
}
.callout-title { font-family: var(--ui-font); font-weight: 700; margin-bottom: 0.3rem; }
.callout-tip { border-left-color: var(--ok); }
.callout-tip .callout-title { color: var(--ok); }
.callout-warning, .callout-caution { border-left-color: var(--error); }
.callout-warning .callout-title, .callout-caution .callout-title { color: var(--error); }
.callout-note .callout-title, .callout-important .callout-title { color: var(--accent); }
.unresolved { color: var(--error); font-weight: 700; }

/* References */
.references { margin-top: 3rem; }
.references ol { padding-left: 1.6rem; }
.references li { margin-bottom: 0.4rem; }
figcaption { font-family: var(--ui-font); font-size: 0.85rem; color: var(--muted); margin-top: 0.5rem; max-width: var(--measure); }

/* Errors */
.output-error {
  border-left: 4px solid var(--error);
  background: var(--error-surface);
  border-radius: 4px;
  padding: 0.6rem 1rem;
  font-family: var(--ui-font);
  font-size: 0.9rem;
}
.output-error p { margin: 0 0 0.4rem; }
.error-heading { color: var(--error); }
.error-excerpt { background: var(--background); margin: 0.4rem 0 0.2rem; }

/* Footnotes */
.footnotes { font-size: 0.88rem; color: var(--muted); border-top: 1px solid var(--border); margin-top: 2.5rem; padding-top: 0.5rem; }
.task-list-item { list-style: none; }
.task-list-item input { margin: 0 0.4em 0 -1.3em; }

/* Reproducibility footer */
.reproducibility {
  margin-top: 3.5rem;
  padding-top: 1rem;
  border-top: 1px solid var(--border);
  font-family: var(--ui-font);
  font-size: 0.82rem;
  color: var(--muted);
}
.reproducibility h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.08em; margin: 0 0 0.6rem; }
.reproducibility dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.reproducibility dt { font-weight: 600; }
.reproducibility dd { margin: 0; min-width: 0; }
.checksums { list-style: none; padding: 0; margin: 0; }
.checksums li + li { margin-top: 0.4rem; }
.sha256 { display: block; font-family: var(--code-font); font-size: 0.75rem; overflow-wrap: anywhere; }
.run-details { margin-top: 1rem; }
.run-details summary { cursor: pointer; color: var(--accent); }
.run-details table { margin-top: 0.5rem; font-size: 0.8rem; }

/* Phones */
@media (max-width: 600px) {
  html { font-size: 100%; }
  .page { padding: 1.25rem 1rem 3rem; }
  .title-block .title { font-size: 1.7rem; }
  pre { padding: 0.6rem 0.7rem; font-size: 0.76rem; }
  .reproducibility dl { grid-template-columns: 1fr; }
  .reproducibility dt { margin-top: 0.4rem; }
}

/* Print */
@media print {
  :root {
    --text: #000; --muted: #444; --background: #fff; --surface: #f4f4f4; --border: #bbb;
    --hl-keyword: #000; --hl-type: #000; --hl-number: #000; --hl-string: #000; --hl-comment: #555; --hl-label: #000;
  }
  @page {
    size: A4;
    margin: 18mm 16mm 20mm;
    @bottom-center { content: counter(page) " / " counter(pages); font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #444; }
  }
  html { font-size: 10pt; }
  .page { max-width: none; padding: 0; display: block; }
  .toc, .skip-link, details.cell-code summary, .copy-button, .cell-header, .permalink, .figure-viewer, .run-details { display: none; }
  pre { white-space: pre-wrap; overflow: visible; }
  figure, table, pre, .output-error, .callout { break-inside: avoid; }
  /* A cell that fits on a page is not split; a longer one breaks inside its code (in runs of at
     least four lines), never between the code and its output. */
  pre.code-block { break-inside: auto; orphans: 4; widows: 4; }
  .cell-code, .cell > details, .cell > .code-wrapper { break-after: avoid; }
  .cell { break-inside: avoid; }
  caption { break-after: avoid; }
  h1, h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  figure img { max-height: 120mm; width: auto; }
}

"""##,
    ]
}
