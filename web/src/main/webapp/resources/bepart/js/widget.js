// Inside the widget's frame: tells the embedding page (BePART's embed.js) how tall the list is, so that the frame
// can fit it without a scroll bar. Nothing else leaves the frame.
(function () {
    'use strict';
    if (window.parent === window) {
        return;
    }
    var last = 0;
    function report() {
        var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height !== last) {
            last = height;
            window.parent.postMessage({bepartWidgetHeight: height}, '*');
        }
    }
    window.addEventListener('load', report);
    window.addEventListener('resize', report);
    report();
}());
