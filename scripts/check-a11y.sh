#!/usr/bin/env bash
# Accessibility check of every output/*.html in headless Chromium with axe-core (WCAG 2.1 A/AA
# rules plus axe's best practices), in the light and the dark colour scheme. axe.min.js comes from
# the PyPI package axe-playwright-python, downloaded into a throw-away folder (only the file is
# used; neither Playwright nor a browser download is installed). Each page is copied beside itself
# with axe and a small runner added, so its figures and KaTeX load as they do for a reader; the
# runner writes the violations into the page, which Chromium's --dump-dom prints.
# Fails when any violation is serious or critical; prints every violation either way.
set -euo pipefail
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(output/*.html)
work=$(mktemp -d)
trap 'rm -rf "$work"; rm -f output/.a11y-*.html' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" download -q --no-deps axe-playwright-python -d "$work"
python3 -m zipfile -e "$work"/axe_playwright_python-*.whl "$work/wheel"
axe="$work/wheel/axe_playwright_python/axe.min.js"
runner='<script src="file://'"$axe"'"></script><script>
axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })
  .then((result) => {
    const out = document.createElement("pre");
    out.id = "axe-results";
    out.textContent = JSON.stringify(result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => n.target.join(" ")) })));
    document.body.append(out);
  });
</script>'
status=0
for page in "${pages[@]}"; do
  probe="$(dirname "$page")/.a11y-$(basename "$page")"
  RUNNER="$runner" python3 -c 'import os, sys; html = open(sys.argv[1], encoding="utf-8").read(); open(sys.argv[2], "w", encoding="utf-8").write(html.replace("</body>", os.environ["RUNNER"] + "</body>"))' "$page" "$probe"
  for scheme in light dark; do
    flags=(); [ $scheme = dark ] && flags=(--force-dark-mode --blink-settings=preferredColorScheme=0)
    dom=$(chromium --headless --no-sandbox --disable-gpu --allow-file-access-from-files "${flags[@]}" \
      --window-size=1280,900 --virtual-time-budget=30000 --dump-dom "file://$PWD/$probe" 2>/dev/null)
    DOM="$dom" python3 - "$page" "$scheme" <<'PY' || status=1
import html, json, os, re, sys
match = re.search(r'<pre id="axe-results">(.*?)</pre>', os.environ["DOM"], re.S)
if not match:
    print(f"{sys.argv[1]} ({sys.argv[2]}): axe did not report"); sys.exit(1)
violations = json.loads(html.unescape(match.group(1)))
serious = [v for v in violations if v["impact"] in ("serious", "critical")]
print(f"{sys.argv[1]} ({sys.argv[2]}): {len(violations)} violations, {len(serious)} serious or critical")
for v in violations:
    print(f"  [{v['impact']}] {v['id']}: {v['help']} — {', '.join(v['nodes'])}")
sys.exit(1 if serious else 0)
PY
  done
done
exit $status
