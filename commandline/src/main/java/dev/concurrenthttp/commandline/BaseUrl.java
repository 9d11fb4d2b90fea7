package dev.concurrenthttp.commandline;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --base-url}: an http or https URL with a host, and nothing a report line should not
 * print. Each message says what is wrong; the command line puts the option and value in front.
 */
public final class BaseUrl implements ITypeConverter<URI> {

    @Override
    public URI convert(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new TypeConversionException("not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new TypeConversionException("needs an http:// or https:// URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new TypeConversionException("has no host");
        }
        if (uri.getPort() > 65_535) {
            throw new TypeConversionException("port " + uri.getPort() + " is out of range");
        }
        if (uri.getRawUserInfo() != null) {
            throw new TypeConversionException(
                    "must not carry a user name or password, which every report line would print");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new TypeConversionException("must not have a query or fragment");
        }
        return uri;
    }
}
