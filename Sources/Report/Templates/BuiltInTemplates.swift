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
</head>
<body>
<main class="article">
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
<pre class="code-block"><code{{#language}} class="language-{{language}}"{{/language}}>{{{codeHTML}}}</code></pre>
{{/isCode}}
{{/blocks}}
{{#footer}}
{{> partials/footer}}
{{/footer}}
</main>
<script>
addEventListener("beforeprint", () => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
</script>
</body>
</html>

"""##,
        "partials/cell.mustache": ##"""
<section class="cell cell-{{statusKind}}" id="{{sectionID}}" aria-label="Cell {{label}}">
<div class="cell-header"><span class="cell-label">{{label}}</span> <span class="badge badge-{{statusKind}}">{{badge}}</span></div>
{{#echo}}
{{#folded}}
<details class="cell-code">
<summary>Show code ({{lineCount}} lines)</summary>
<pre class="code-block"><code class="language-swift">{{{codeHTML}}}</code></pre>
</details>
{{/folded}}
{{^folded}}
<pre class="code-block cell-code"><code class="language-swift">{{{codeHTML}}}</code></pre>
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
</section>

"""##,
        "partials/figure.mustache": ##"""
<figure class="output output-figure">
<img src="{{src}}" width="{{width}}" height="{{height}}" alt="{{alt}}">
{{#figureCaption}}<figcaption>{{figureCaption}}</figcaption>{{/figureCaption}}
</figure>

"""##,
        "partials/footer.mustache": ##"""
<footer class="reproducibility">
<h2 id="reproducibility">Reproducibility</h2>
<dl>
<dt>Tool</dt><dd>notebook {{toolVersion}}</dd>
<dt>Seed</dt><dd>{{seed}}</dd>
<dt>Threads</dt><dd>{{threadCount}}</dd>
{{#blas}}<dt>BLAS</dt><dd>{{blas}}</dd>{{/blas}}
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
</footer>

"""##,
        "partials/output-error.mustache": ##"""
<div class="output output-error" role="alert">
<p class="error-heading"><strong>Error</strong>{{#location}} at <code class="error-location">{{location}}</code>{{/location}}</p>
<p class="error-message">{{message}}</p>
{{#excerpt}}<pre class="error-excerpt">{{excerpt}}</pre>{{/excerpt}}
</div>

"""##,
        "partials/output-markdown.mustache": ##"""
<div class="output output-markdown prose">
{{{html}}}
</div>

"""##,
        "partials/output-model-summary.mustache": ##"""
<div class="output output-model-summary table-scroll">
<table class="model-summary">
{{> partials/table-rows}}
</table>
</div>

"""##,
        "partials/output-table.mustache": ##"""
<div class="output output-table table-scroll">
<table>
{{> partials/table-rows}}
</table>
</div>

"""##,
        "partials/output-text.mustache": ##"""
<pre class="output output-text">{{text}}</pre>

"""##,
        "partials/table-rows.mustache": ##"""
{{#tableCaption}}<caption>{{tableCaption}}</caption>{{/tableCaption}}
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
  --muted: #5b6470;
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

.article {
  max-width: var(--wide);
  margin: 0 auto;
  padding: 2.5rem 1.5rem 4rem;
}

.article > *, .prose > * { max-width: var(--measure); }
.article > .cell, .article > pre, .prose > table, .prose > pre { max-width: none; }
.prose > table { display: block; overflow-x: auto; margin-bottom: 1em; }

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
.badge-restored { background: var(--cached-surface); color: var(--cached); }
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
figure img { display: block; border-radius: 4px; }
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

/* Phones */
@media (max-width: 600px) {
  html { font-size: 100%; }
  .article { padding: 1.25rem 1rem 3rem; }
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
  html { font-size: 10.5pt; }
  .article { max-width: none; padding: 0; }
  .toc, details.cell-code summary, script { display: none; }
  pre { white-space: pre-wrap; overflow: visible; }
  figure, table, pre, .output-error { break-inside: avoid; }
  .cell-header, caption { break-after: avoid; }
  h1, h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .badge { border: 1px solid var(--border); background: none; }
}

"""##,
    ]
}
