package org.bepart.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version that OmniFaces' {@code VersionedResourceHandler} puts into the address of our own style sheets and
 * scripts ({@code &v=…}): a digest of every file under {@code /resources}, so that an address changes exactly when a
 * file behind it may have, and browsers can keep them for a year ({@code com.sun.faces.defaultResourceMaxAge}).
 */
@Named
@ApplicationScoped
public class ResourceVersion {

    private static final String ROOT = "/resources/";

    @Inject
    ServletContext servletContext;

    private volatile String value;

    /** The digest of the application's resources, worked out on first use. */
    public String getValue() {
        String v = value;
        if (v == null) {
            v = digest(servletContext);
            value = v;
        }
        return v;
    }

    static String digest(ServletContext context) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (String path : files(context, ROOT, new TreeSet<>())) {
                digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = context.getResourceAsStream(path)) {
                    for (int n; in != null && (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> files(ServletContext context, String folder, Set<String> found) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths != null) {
            for (String path : paths) {
                if (path.endsWith("/")) {
                    files(context, path, found);
                } else {
                    found.add(path);
                }
            }
        }
        return found;
    }
}
