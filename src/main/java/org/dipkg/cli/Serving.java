package org.dipkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

import org.dipkg.serve.DipkgServer;
import org.dipkg.store.Tdb2Store;

/** Runs a server until the process is stopped (Ctrl-C), then closes the store cleanly. */
final class Serving {
    private Serving() {
    }

    static int serve(DipkgServer server, Tdb2Store store, PrintWriter err) {
        try {
            server.start();
        } catch (RuntimeException e) {
            store.close();
            String why = Main.message(e);
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException || String.valueOf(t.getMessage()).contains("Failed to bind")) {
                    why = "the port is in use (" + t.getMessage().replaceFirst("^.*Exception: ", "")
                            + "); pick another with --port (0 picks a free one)";
                    break;
                }
            }
            err.println("dipkg: cannot start the server: " + why);
            err.flush();
            return ExitCodes.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ServedStores.record(store.dir(), server.endpointUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ServedStores.forget(store.dir());
            server.stop();
            store.close();
            stopped.countDown();
        }, "dipkg-shutdown"));
        err.println("dipkg: serving " + store.dir() + " at " + server.localUrl()
                + (server.host().equals(DipkgServer.LOOPBACK) ? " (this machine only; --host 0.0.0.0 opens it)" : ""));
        err.println("dipkg: SPARQL endpoint " + server.endpointUrl() + "  (Ctrl-C stops)");
        err.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
