package dev.concurrenthttp.support;

import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A TLS context that is made the first time something asks it for an engine, a socket, a
 * session or its parameters, and then answers as that context. Clients build their TLS context
 * when they are built; this one lets a run that asks only {@code http://} URLs never make it.
 */
final class DeferredSslContext extends SSLContext {

    DeferredSslContext(Supplier<SSLContext> make) {
        // No provider: the context that answers has one, and is made only when it is needed.
        super(new Spi(make), null, "Default");
    }

    private static final class Spi extends SSLContextSpi {

        private final Supplier<SSLContext> make;
        private volatile SSLContext made;

        Spi(Supplier<SSLContext> make) {
            this.make = make;
        }

        private SSLContext context() {
            SSLContext context = made;
            if (context == null) {
                synchronized (this) {
                    if (made == null) {
                        made = make.get();
                    }
                    context = made;
                }
            }
            return context;
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random)
                throws KeyManagementException {
            throw new KeyManagementException("this TLS context is made from its own settings when first used");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return context().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return context().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return context().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return context().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return context().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return context().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return context().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return context().getSupportedSSLParameters();
        }
    }
}
