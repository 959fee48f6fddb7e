package org.bepart.web.headers;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code HttpOnly} and {@code SameSite=Lax} (web.xml), and {@code Secure} when the public
 * address is https: behind a proxy that ends TLS the server sees plain HTTP, so the request cannot tell. Otherwise
 * Payara's default stays: {@code Secure} on requests that came in over https.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        if (SecurityHeaders.of(key -> config.getOptionalValue(key, String.class)).https()) {
            cookie.setSecure(true);
        }
    }
}
