// Suggestions under the search boxes while the shopper types: an ARIA combobox with a listbox (WAI-ARIA APG
// "combobox with list autocomplete"). Progressive enhancement only: without this script the boxes are plain forms
// that lead to /recherche. Keys: ↓/↑ move through the suggestions, Enter opens the one chosen (or searches the text),
// Escape closes the list.
(function () {
  "use strict";
  var DELAY_MS = 120;
  var LIMIT = 5;

  function enhance(input, number) {
    var endpoint = input.getAttribute("data-suggest");
    var form = input.form;
    var list = document.createElement("ul");
    var listId = input.id + "-suggestions";
    var timer = null;
    var controller = null;
    var options = [];
    var active = -1;
    var labels = {
      products: input.getAttribute("data-label-products"),
      shops: input.getAttribute("data-label-shops"),
      categories: input.getAttribute("data-label-categories")
    };

    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-label") || "Suggestions");
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function close() {
      list.hidden = true;
      list.textContent = "";
      options = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function choose(index) {
      if (active >= 0) {
        options[active].classList.remove("is-active");
        options[active].setAttribute("aria-selected", "false");
      }
      active = index;
      if (active >= 0) {
        options[active].classList.add("is-active");
        options[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[active].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function option(kind, text, detail, url) {
      var item = document.createElement("li");
      item.id = listId + "-" + options.length;
      item.className = "suggestions__option";
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.setAttribute("data-url", url);
      item.setAttribute("data-kind", kind);
      var name = document.createElement("span");
      name.className = "suggestions__name";
      name.textContent = text;
      item.appendChild(name);
      if (detail) {
        var more = document.createElement("span");
        more.className = "suggestions__detail";
        more.textContent = detail;
        item.appendChild(more);
      }
      item.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keeps the focus in the box until the page changes
        window.location.href = url;
      });
      options.push(item);
      return item;
    }

    function group(kind, entries, make) {
      if (!entries.length) {
        return;
      }
      var heading = document.createElement("li");
      heading.className = "suggestions__group";
      heading.setAttribute("role", "presentation");
      heading.textContent = labels[kind] || kind;
      list.appendChild(heading);
      entries.forEach(function (entry) {
        list.appendChild(make(entry));
      });
    }

    function show(answer) {
      close();
      group("products", answer.products, function (p) {
        return option("product", p.name, p.shop + (p.otherShops > 0 ? " +" + p.otherShops : ""), p.url);
      });
      group("shops", answer.shops, function (s) {
        return option("shop", s.name, s.commune, s.url);
      });
      group("categories", answer.categories, function (c) {
        return option("category", c.name, "", c.url);
      });
      if (options.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function ask() {
      var text = input.value.trim();
      if (controller) {
        controller.abort();
      }
      if (text.length < 2) {
        close();
        return;
      }
      controller = new AbortController();
      fetch(endpoint + "?limit=" + LIMIT + "&q=" + encodeURIComponent(text),
            {headers: {"Accept": "application/json"}, signal: controller.signal})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (answer) {
          if (answer && input.value.trim() === text) {
            show(answer);
          }
        })
        .catch(function () { /* aborted or offline: the box stays a plain search box */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        if (event.key === "ArrowDown" && input.value.trim().length >= 2) {
          ask();
          event.preventDefault();
        }
        return;
      }
      if (event.key === "ArrowDown") {
        choose(active + 1 < options.length ? active + 1 : 0);
        event.preventDefault();
      } else if (event.key === "ArrowUp") {
        choose(active > 0 ? active - 1 : options.length - 1);
        event.preventDefault();
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = options[active].getAttribute("data-url");
      } else if (event.key === "Escape") {
        close();
        event.preventDefault();
      }
    });
    input.addEventListener("blur", function () {
      setTimeout(close, 150);
    });
    if (form) {
      form.addEventListener("submit", close);
    }
  }

  document.querySelectorAll("input[data-suggest]").forEach(enhance);
})();
