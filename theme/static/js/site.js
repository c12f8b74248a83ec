// The site's only script: no inline code anywhere, so the Content-Security-Policy needs no
// 'unsafe-inline'. It does three things:
// 1. The language switcher remembers the reader's choice in the nf_lang cookie, which Netlify's
//    language redirect at the site root honours before the browser's Accept-Language.
// 2. For print, each link of a document's text gets its absolute address in data-print-href,
//    which the print style writes after the link (links within the site are written relative).
// 3. On a search page, it queries the Pagefind index of the page's language and lists results.
(function () {
  "use strict";

  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a[data-set-language]") : null;
    if (link) {
      document.cookie = "nf_lang=" + encodeURIComponent(link.getAttribute("data-set-language")) +
        "; path=/; max-age=31536000; SameSite=Lax";
    }
  });

  // The site's address is the canonical link's (the build's base URL, also in a local preview);
  // the path is this page's own, as relative links are written from it.
  var canonical = document.querySelector("link[rel=canonical]");
  var here = new URL(window.location.pathname + window.location.search, canonical ? canonical.href : window.location.href);
  Array.prototype.forEach.call(document.querySelectorAll(".prose a[href], .notice a[href]"), function (link) {
    var href = link.getAttribute("href");
    if (href.charAt(0) === "#") return;
    var address;
    try { address = new URL(href, here).href; } catch (e) { return; }
    // A link that shows its own address needs it only once.
    link.setAttribute("data-print-href", link.textContent.trim() === address || link.textContent.trim() === href ? "" : address);
  });

  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  var input = form.querySelector("input[type=search]");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var pagefind = null;

  function say(text) { status.textContent = text; }

  function format(template, count) { return template.replace("{0}", String(count)); }

  function load() {
    if (!pagefind) {
      pagefind = import(form.getAttribute("data-pagefind")).then(function (module) {
        return module.options({ baseUrl: form.getAttribute("data-base") }).then(function () { return module; });
      });
    }
    return pagefind;
  }

  function fillFilters(module) {
    return module.filters().then(function (filters) {
      selects.forEach(function (select) {
        var values = Object.keys(filters[select.getAttribute("data-filter")] || {}).sort(function (a, b) { return a.localeCompare(b); });
        values.forEach(function (value) {
          var option = document.createElement("option");
          option.value = value;
          option.textContent = value;
          select.appendChild(option);
        });
      });
    });
  }

  function run() {
    var query = input.value.trim();
    var filters = {};
    selects.forEach(function (select) { if (select.value) filters[select.getAttribute("data-filter")] = select.value; });
    var url = new URL(window.location.href);
    url.searchParams.set("q", query);
    window.history.replaceState(null, "", url);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      say("");
      return;
    }
    load().then(function (module) {
      return module.search(query || null, { filters: filters });
    }).then(function (search) {
      return Promise.all(search.results.slice(0, 30).map(function (result) { return result.data(); }));
    }).then(function (results) {
      list.replaceChildren.apply(list, results.map(function (data) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = data.url;
        link.textContent = data.meta && data.meta.title ? data.meta.title : data.url;
        // What the result is and when, as the page says it: "Guideline · April 2019".
        var about = document.createElement("p");
        about.className = "search-results__meta";
        about.textContent = [data.meta && data.meta.type, data.meta && data.meta.date].filter(Boolean).join(" · ");
        var excerpt = document.createElement("p");
        excerpt.innerHTML = data.excerpt;
        item.append(link, about, excerpt);
        return item;
      }));
      say(results.length ? format(form.getAttribute("data-count"), results.length) : form.getAttribute("data-none"));
    }).catch(function () {
      say(form.getAttribute("data-unavailable"));
    });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  selects.forEach(function (select) { select.addEventListener("change", run); });
  load().then(fillFilters).then(function () {
    // A link may ask for a query and filters: /en/search/?q=housing&status=Adopted.
    var params = new URL(window.location.href).searchParams;
    var initial = params.get("q");
    var preset = false;
    selects.forEach(function (select) {
      var value = params.get(select.getAttribute("data-filter"));
      if (value && Array.prototype.some.call(select.options, function (option) { return option.value === value; })) { select.value = value; preset = true; }
    });
    if (initial) input.value = initial;
    if (initial || preset) run();
  }).catch(function () { say(form.getAttribute("data-unavailable")); });
})();
