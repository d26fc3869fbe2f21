// Live plain-language advice on the entry form (templates/family.mustache), as the professional
// types. Advice only: the form works the same without this script ("Taal controleren" and the
// advice after saving), and nothing here can stop a save.
//
// It asks POST /api/v1/plain-language a short while after the typing stops and builds the same
// markup as templates/_advice.mustache inside the aria-live region under the text field. All
// texts come from the inert <template id="tekst-advies-teksten"> beside it, in the page's
// language: one element per text (data-key) and per readability label (data-level).
(function () {
  "use strict";

  var region = document.getElementById("tekst-advies");
  var field = document.getElementById("tekst");
  var source = document.getElementById("tekst-advies-teksten");
  if (!region || !field || !field.form || !source || !source.content) return;
  if (!window.fetch || !window.JSON) return;

  var texts = { levels: {} };
  Array.prototype.forEach.call(source.content.querySelectorAll("[data-key]"), function (node) {
    texts[node.getAttribute("data-key")] = node.textContent;
  });
  Array.prototype.forEach.call(source.content.querySelectorAll("[data-level]"), function (node) {
    texts.levels[node.getAttribute("data-level")] = node.textContent;
  });
  if (!texts.url) return;
  var csrf = field.form.querySelector('input[name="_csrf"]');
  var waitMs = 700;
  var timer = null;
  var pending = null; // the AbortController of the request in flight
  var lastText = field.value; // the page already shows the advice for this text, if any
  var lastShown = "";

  function fill(pattern, values) {
    return pattern.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function paragraph(className, text) {
    return element("p", "utrecht-paragraph" + (className ? " " + className : ""), text);
  }

  function link(href, text) {
    var a = element("a", "utrecht-link utrecht-link--html-a", text);
    a.href = href;
    return a;
  }

  // The opening words of a long sentence, as web/advice.cpp SentenceStart does.
  function sentenceStart(sentence) {
    var words = sentence.split(/\s+/).filter(function (w) {
      return w.length > 0;
    });
    return words.slice(0, 8).join(" ") + (words.length > 8 ? " …" : "");
  }

  function list(items) {
    var ul = element("ul", "utrecht-unordered-list stip-advice__list");
    items.forEach(function (children) {
      var li = element("li", "utrecht-unordered-list__item");
      children.forEach(function (child) {
        li.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      });
      ul.appendChild(li);
    });
    return ul;
  }

  // The same structure as templates/_advice.mustache.
  function build(advice) {
    var block = element("div", "stip-advice");
    var title = paragraph("stip-advice__title");
    title.appendChild(element("strong", "", texts.title));
    block.appendChild(title);
    var r = advice.readability;
    if (r && r.score !== null) {
      var label = texts.levels[r.label] || r.label;
      block.appendChild(
        paragraph("stip-advice__score", fill(texts.score, { label: label, score: Math.round(r.score) }))
      );
    }
    var longs = advice.long_sentences || [];
    var seen = {};
    var jargon = (advice.jargon || []).filter(function (j) {
      if (seen[j.term]) return false;
      seen[j.term] = true;
      return true;
    });
    if (longs.length === 0 && jargon.length === 0 && r && r.words > 0) {
      block.appendChild(paragraph("stip-advice__none", texts.none));
    }
    if (longs.length > 0) {
      block.appendChild(paragraph("stip-advice__heading", texts.long_title));
      block.appendChild(
        list(
          longs.map(function (s) {
            return [
              element("q", "", sentenceStart(s.text)),
              " " + fill(texts.long_item, { words: s.words, max: texts.max }),
            ];
          })
        )
      );
    }
    if (jargon.length > 0) {
      block.appendChild(paragraph("stip-advice__heading", texts.jargon_title));
      block.appendChild(
        list(
          jargon.map(function (j) {
            return [link(j.glossary_url, j.text), " – " + texts.jargon_instead + " ", element("q", "", j.plain)];
          })
        )
      );
    }
    var more = paragraph("");
    more.appendChild(link("/begrippen", texts.glossary));
    block.appendChild(more);
    return block;
  }

  // Replaces the region's content only when it changes, so screen readers hear new advice
  // once and not on every key.
  function show(nodes, key) {
    if (key === lastShown) return;
    lastShown = key;
    while (region.firstChild) region.removeChild(region.firstChild);
    nodes.forEach(function (node) {
      region.appendChild(node);
    });
  }

  function check() {
    var text = field.value;
    if (text === lastText) return;
    lastText = text;
    if (pending) pending.abort();
    if (text.trim() === "") {
      pending = null;
      show([], "");
      return;
    }
    pending = window.AbortController ? new AbortController() : null;
    var headers = { "Content-Type": "application/json" };
    if (csrf) headers["X-CSRF-Token"] = csrf.value;
    fetch(texts.url, {
      method: "POST",
      credentials: "same-origin",
      headers: headers,
      body: JSON.stringify({ text: text }),
      signal: pending ? pending.signal : undefined,
    })
      .then(function (response) {
        if (!response.ok) throw new Error("status " + response.status);
        return response.json();
      })
      .then(function (advice) {
        var block = build(advice);
        show([block], block.textContent);
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") return;
        show([paragraph("", texts.unavailable)], "unavailable");
      });
  }

  field.addEventListener("input", function () {
    if (timer) clearTimeout(timer);
    timer = setTimeout(check, waitMs);
  });
})();
