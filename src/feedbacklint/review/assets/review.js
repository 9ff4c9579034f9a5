/* feedbacklint review: clicking a highlight shows the finding, its explanation and suggestions.
   Shared by the HTML report and the local web page; FL.findings is set by the host page. */
(function () {
  "use strict";
  var FL = window.FL = window.FL || { findings: [], onApply: null };
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function pop() {
    var p = document.getElementById("fl-pop");
    if (!p) { p = el("div", "fl-pop"); p.id = "fl-pop"; p.hidden = true; p.setAttribute("role", "dialog"); document.body.appendChild(p); }
    return p;
  }
  FL.hide = function () {
    pop().hidden = true;
    var act = document.querySelectorAll(".fl-mark.fl-active");
    for (var i = 0; i < act.length; i++) act[i].classList.remove("fl-active");
  };
  FL.show = function (mark) {
    FL.hide();
    var p = pop();
    p.textContent = "";
    var ids = (mark.getAttribute("data-f") || "").split(" ");
    ids.forEach(function (id) {
      var f = FL.findings[+id];
      if (!f) return;
      p.appendChild(el("h4", null, f.message));
      p.appendChild(el("p", "fl-expl", f.explanation));
      (f.suggestions || []).forEach(function (s) {
        var box = el("div", "fl-sugg");
        box.appendChild(el("strong", null, s.label + ": "));
        box.appendChild(el("span", "fl-sugg-text", s.text));
        if (FL.onApply) {
          var b = el("button", "fl-apply", "Brug forslaget");
          b.type = "button";
          b.addEventListener("click", function () { FL.hide(); FL.onApply(s); });
          box.appendChild(el("br"));
          box.appendChild(b);
        }
        p.appendChild(box);
      });
      p.appendChild(el("small", null, f.rule_id + " · " + f.category));
    });
    var r = mark.getBoundingClientRect();
    p.style.left = "0px";
    p.style.top = (window.scrollY + r.bottom + 6) + "px";
    p.hidden = false;
    // keep the popover inside the window
    var maxLeft = document.documentElement.clientWidth - p.offsetWidth - 8;
    p.style.left = (window.scrollX + Math.max(8, Math.min(r.left, maxLeft))) + "px";
    mark.classList.add("fl-active");
  };
  document.addEventListener("click", function (ev) {
    var m = ev.target.closest && ev.target.closest(".fl-mark");
    if (m) { FL.show(m); ev.stopPropagation(); return; }
    var a = ev.target.closest && ev.target.closest(".fl-actions li");
    if (a && a.getAttribute("data-start") !== "") {
      var start = +a.getAttribute("data-start");
      var marks = document.querySelectorAll(".fl-mark");
      for (var i = 0; i < marks.length; i++) {
        var ids = marks[i].getAttribute("data-f").split(" ");
        if (ids.some(function (id) { var f = FL.findings[+id]; return f && f.start <= start && start < f.end; })) {
          marks[i].scrollIntoView({ block: "center" }); FL.show(marks[i]); return;
        }
      }
      var anchor = document.querySelector('.fl-anchor[data-at="' + start + '"]');
      if (anchor) { FL.hide(); anchor.scrollIntoView({ block: "center" }); return; }
    }
    if (!(ev.target.closest && ev.target.closest(".fl-pop"))) FL.hide();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") FL.hide();
    if ((ev.key === "Enter" || ev.key === " ") && ev.target.classList && ev.target.classList.contains("fl-mark")) {
      ev.preventDefault(); FL.show(ev.target);
    }
  });
})();
