/// The script `notebook preview` adds to every page it serves (inline, no external file): it
/// listens to the server's events, shows a small banner while the notebook runs (which cell, and
/// a bar with the epoch and batch while it trains) or when the run failed, and reloads the page —
/// keeping the scroll position — when the article was written again.
enum LiveReloadScript {
    static let eventsPath = "/__preview/events"

    static let html = """
    <div id="notebook-preview" role="status" aria-live="polite" hidden style="position:fixed;right:1rem;bottom:1rem;z-index:1000;max-width:28rem;padding:.5rem .8rem;border-radius:.4rem;font:14px/1.4 system-ui,sans-serif;color:#fff;background:#333;box-shadow:0 2px 8px rgba(0,0,0,.3)"><span></span><progress max="1" hidden style="display:block;width:100%;margin-top:.3rem;accent-color:#8ab4f8"></progress></div>
    <script>
    (function () {
      var banner = document.getElementById("notebook-preview");
      var text = banner.querySelector("span");
      var bar = banner.querySelector("progress");
      var key = "notebook-preview-scroll:" + location.pathname;
      var saved = sessionStorage.getItem(key);
      if (saved !== null) { window.scrollTo(0, Number(saved)); sessionStorage.removeItem(key); }
      var events = new EventSource("\(eventsPath)");
      events.addEventListener("status", function (e) {
        banner.hidden = e.data === "";
        text.textContent = e.data;
        bar.hidden = true;
        banner.style.background = /fail|error|problem/i.test(e.data) ? "#b3261e" : "#333";
      });
      events.addEventListener("training", function (e) {
        var lines = e.data.split("\\n");
        banner.hidden = false;
        banner.style.background = "#333";
        bar.hidden = false;
        bar.value = Number(lines[0]);
        text.textContent = lines.slice(1).join(" ");
      });
      events.addEventListener("reload", function () {
        sessionStorage.setItem(key, String(window.scrollY));
        location.reload();
      });
    })();
    </script>
    """

    /// `page` with the script added before `</body>` (or at the end).
    static func inject(into page: String) -> String {
        guard let end = page.range(of: "</body>", options: .backwards) else { return page + html }
        return page.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: html + "\n")
    }
}
