/* Offers titles of matching initiatives while the reader types in the catalogue's search box (a native datalist, so
   the browser handles keyboard and screen readers). The form works the same without it. */
(function () {
    "use strict";
    var input = document.getElementById("search-text");
    var list = document.getElementById("search-suggestions");
    if (!input || !list || !window.fetch) {
        return;
    }
    var timer = null;
    var last = "";
    input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            var text = input.value.trim();
            if (text.length < 2 || text === last) {
                return;
            }
            last = text;
            fetch(input.dataset.suggestions + "&q=" + encodeURIComponent(text), {headers: {Accept: "application/json"}})
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (suggestions) {
                    list.textContent = "";
                    suggestions.forEach(function (suggestion) {
                        var option = document.createElement("option");
                        option.value = suggestion.title;
                        list.appendChild(option);
                    });
                });
        }, 200);
    });
}());
