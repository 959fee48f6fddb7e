/* Buttons with data-print open the browser's print dialog; they stay hidden where scripts do not run. (No onclick
   attribute: the Content-Security-Policy runs no inline handlers.) */
(function () {
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            window.print();
        });
    });
}());
