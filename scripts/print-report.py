#!/usr/bin/env python3
"""How a page prints: for each page size (A4 and Letter), print the HTML with headless Chromium,
render every PDF page with pdftoppm (grey, low resolution) and measure the blank space at the
bottom of each page's content area (between the @page margins; the page-number footer sits in
the bottom margin and is not counted).

    scripts/print-report.py output/article.html [--max-blank 0.45] [--keep DIR]

Prints one line per paper size: the page count and each page's blank fraction (the last page's
is not judged: an article ends where it ends). Exits 1 when a page other than the last is blank
for more than --max-blank of its content height. With --keep DIR the PDFs are kept there.
The paper size is forced by adding `@page { size: … }` to a copy of the page written beside it
(so its relative figure paths resolve); the copy is removed afterwards.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

SIZES = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
# The article stylesheet's print margins (top, bottom) in millimetres.
MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 18.0, 20.0
DPI = 50


def read_pgm(path):
    with open(path, "rb") as handle:
        data = handle.read()
    match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(match.group(1)), int(match.group(2))
    pixels = data[match.end():]
    return width, height, pixels


def blank_fraction(path, page_height_mm):
    """Fraction of the content area's height below its last row with ink."""
    width, height, pixels = read_pgm(path)
    top = round(height * MARGIN_TOP_MM / page_height_mm)
    bottom = height - round(height * MARGIN_BOTTOM_MM / page_height_mm)
    last_ink = top
    for row in range(top, bottom):
        line = pixels[row * width:(row + 1) * width]
        if min(line) < 235:
            last_ink = row
    return (bottom - 1 - last_ink) / (bottom - top)


def print_pages(page, size, work):
    folder = os.path.dirname(os.path.abspath(page))
    probe = os.path.join(folder, f".print-{size}-{os.path.basename(page)}")
    with open(page, encoding="utf-8") as handle:
        html = handle.read()
    override = f"<style>@media print {{ @page {{ size: {size}; }} }}</style></head>"
    with open(probe, "w", encoding="utf-8") as handle:
        handle.write(html.replace("</head>", override, 1))
    pdf = os.path.join(work, f"{size}.pdf")
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--virtual-time-budget=10000", f"--print-to-pdf={pdf}", "file://" + probe],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        os.remove(probe)
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), pdf, os.path.join(work, size)], check=True)
    pages = sorted((name for name in os.listdir(work) if name.startswith(size + "-") and name.endswith(".pgm")),
                   key=lambda name: int(re.search(r"-(\d+)\.pgm$", name).group(1)))
    return pdf, [blank_fraction(os.path.join(work, name), SIZES[size][1]) for name in pages]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("page")
    parser.add_argument("--max-blank", type=float, default=0.45)
    parser.add_argument("--keep")
    options = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as work:
        for size in SIZES:
            pdf, fractions = print_pages(options.page, size, work)
            shown = " ".join(f"{round(100 * f)}%" for f in fractions)
            judged = fractions[:-1]
            worst = max(judged, default=0.0)
            print(f"{options.page} {size}: {len(fractions)} pages; blank at the foot of each: {shown}; "
                  f"worst before the last {round(100 * worst)}%, mean {round(100 * sum(judged) / max(len(judged), 1))}%")
            if worst > options.max_blank:
                failed = True
            if options.keep:
                os.makedirs(options.keep, exist_ok=True)
                shutil.copy(pdf, os.path.join(options.keep, f"{os.path.splitext(os.path.basename(options.page))[0]}-{size}.pdf"))
    if failed:
        print(f"a page before the last is more than {round(100 * options.max_blank)}% blank", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
