/* Buttons with data-confirm ask before they act: a click that is not confirmed sends nothing. (No onclick attribute:
   the Content-Security-Policy runs no inline handlers.) */
(function () {
    "use strict";
    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("[data-confirm]") : null;
        if (button && !window.confirm(button.getAttribute("data-confirm"))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
}());
