// BePART's widget, script variant. On the host page:
//   <div data-bepart-widget="/widget/organisation/12?lang=fr"></div>
//   <script src="https://bepart.example/widget/embed.js" async></script>
// Each such element gets a frame of that widget from the address this script came from, as tall as its list.
// Sets no cookie, loads nothing else.
(function () {
    'use strict';
    var script = document.currentScript;
    if (!script) {
        return;
    }
    var origin = new URL(script.src).origin;
    var base = script.src.replace(/\/widget\/embed\.js(\?.*)?$/, '');
    var frames = [];
    document.querySelectorAll('[data-bepart-widget]').forEach(function (element) {
        var path = element.getAttribute('data-bepart-widget') || '';
        if (!/^\/widget\/(organisation|country|theme)\/[A-Za-z0-9_-]{1,40}(\?lang=(hy|en|fr|ru))?$/.test(path)) {
            return;
        }
        var frame = document.createElement('iframe');
        frame.src = base + path;
        frame.title = element.getAttribute('data-title') || 'BePART';
        frame.loading = 'lazy';
        frame.style.width = '100%';
        frame.style.border = '0';
        frame.style.height = '320px';
        element.replaceChildren(frame);
        frames.push(frame);
    });
    window.addEventListener('message', function (event) {
        if (event.origin !== origin || !event.data || typeof event.data.bepartWidgetHeight !== 'number') {
            return;
        }
        frames.forEach(function (frame) {
            if (frame.contentWindow === event.source) {
                frame.style.height = Math.min(Math.max(event.data.bepartWidgetHeight, 80), 4000) + 'px';
            }
        });
    });
}());
