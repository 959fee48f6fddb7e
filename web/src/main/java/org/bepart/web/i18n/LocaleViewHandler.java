package org.bepart.web.i18n;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** Gives every view, error pages included, the locale {@link LanguageFilter} chose. */
public class LocaleViewHandler extends ViewHandlerWrapper {

    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return LanguageFilter.of((HttpServletRequest) context.getExternalContext().getRequest()).locale();
    }
}
