/* The news body editor (PrimeFaces textEditor, Quill): give the editable area its role and name for screen readers,
   and a name to the link tooltip's input. Runs once the editor has been created. */
(function () {
    function label() {
        document.querySelectorAll('.ui-texteditor').forEach(function (container) {
            var editable = container.querySelector('.ql-editor');
            if (!editable) {
                return false;
            }
            ['aria-labelledby', 'aria-describedby'].forEach(function (name) {
                if (container.hasAttribute(name)) {
                    editable.setAttribute(name, container.getAttribute(name));
                    container.removeAttribute(name);
                }
            });
            container.removeAttribute('role');
            editable.setAttribute('role', 'textbox');
            editable.setAttribute('aria-multiline', 'true');
            container.querySelectorAll('.ql-tooltip input').forEach(function (input) {
                input.setAttribute('aria-label', document.documentElement.getAttribute('data-link-label') || 'URL');
            });
        });
        return document.querySelector('.ui-texteditor .ql-editor') !== null;
    }
    function whenReady(tries) {
        if (!label() && tries > 0) {
            setTimeout(function () { whenReady(tries - 1); }, 50);
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { whenReady(100); });
    } else {
        whenReady(100);
    }
})();
