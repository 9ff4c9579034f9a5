"""The single page: a textarea on the left, the review and highlights on the right.

Everything is inline (CSS, JS); the page loads nothing from the network and
only talks to ``/api/review`` on the same local server.
"""

from __future__ import annotations

from functools import lru_cache

from ..review.highlight import asset

PAGE_JS = r"""
(function () {
  "use strict";
  var box = document.getElementById("notes");
  var out = document.getElementById("fl-text");
  var summary = document.getElementById("fl-summary");
  var state = document.getElementById("fl-state");
  var details = document.getElementById("fl-details");
  var timer = null, seq = 0, analysed = null;
  function analyse() {
    var text = box.value, mine = ++seq;
    state.textContent = "Analyserer …";
    fetch("api/review", { method: "POST", headers: { "Content-Type": "application/json" },
                          body: JSON.stringify({ text: text }), cache: "no-store" })
      .then(function (r) { return r.json().then(function (d) { return { ok: r.ok, d: d }; }); })
      .then(function (res) {
        if (mine !== seq) return;  // a newer request is on its way
        if (!res.ok) { state.textContent = res.d.error || "Fejl."; return; }
        analysed = text;
        window.FL.findings = res.d.report.findings;
        out.innerHTML = res.d.marked;
        summary.innerHTML = res.d.summary;
        details.innerHTML = res.d.details;
        var n = res.d.report.findings.length;
        state.textContent = n === 0 ? "Ingen markeringer." : n + (n === 1 ? " markering" : " markeringer") + " — klik for forslag.";
        document.body.setAttribute("data-reviewed", String(mine));
      })
      .catch(function () { if (mine === seq) state.textContent = "Kunne ikke nå feedbacklint på denne maskine."; });
  }
  box.addEventListener("input", function () {
    clearTimeout(timer);
    state.textContent = "Skriver …";
    timer = setTimeout(analyse, 400);
  });
  window.FL.onApply = function (s) {
    if (box.value !== analysed) { analyse(); return; }  // offsets belong to the analysed text
    var chars = Array.from(box.value);  // offsets are code points, like Python
    box.value = chars.slice(0, s.start).join("") + s.text + chars.slice(s.end).join("");
    analyse();
  };
  if (box.value.trim()) analyse();
})();
"""


@lru_cache(maxsize=1)
def page_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>feedbacklint · forbered din MUS-samtale</title>
<style>{asset("review.css")}
.fl-cols {{ display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; }}
@media (max-width: 900px) {{ .fl-cols {{ grid-template-columns: 1fr; }} }}
#notes {{ width: 100%; box-sizing: border-box; min-height: 28rem; font: 15px/1.6 ui-monospace, Menlo, Consolas, monospace;
  padding: .8rem; border: 1px solid #bbb; border-radius: 8px; resize: vertical; }}
#fl-state {{ color: var(--muted); min-height: 1.5em; }}
.fl-dim {{ grid-template-columns: 7rem 5rem 2rem 3.8rem 1fr; }}
</style>
</head>
<body>
<div class="fl-wrap">
<h1>Forbered din MUS-samtale</h1>
<p class="fl-privacy" id="fl-privacy"><strong>Privat:</strong> Alt kører lokalt på din egen computer. Teksten sendes kun til
feedbacklint på denne maskine, gemmes ikke på disken og sendes aldrig videre. Siden henter intet fra internettet.</p>
<div class="fl-cols">
<section>
<label for="notes"><strong>Dine noter</strong> (spørgsmål, feedback, aftaler — skriv eller indsæt)</label>
<textarea id="notes" spellcheck="true" placeholder="## Forberedelse&#10;- Hvad har hun brug for fra mig? …&#10;&#10;## Spørgsmål&#10;- Hvad giver dig energi i dit arbejde?&#10;&#10;## Aftaler&#10;- …"></textarea>
<p id="fl-state" aria-live="polite"></p>
</section>
<section>
<div id="fl-summary"><p class="fl-privacy">Vurderingen vises her, mens du skriver.</p></div>
<h2>Markeringer</h2>
<div class="fl-text" id="fl-text"></div>
<div id="fl-details"></div>
</section>
</div>
</div>
<script>window.FL = {{ findings: [], onApply: null }};</script>
<script>{asset("review.js")}</script>
<script>{PAGE_JS}</script>
</body>
</html>
"""
