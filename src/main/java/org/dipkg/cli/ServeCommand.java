package org.dipkg.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "serve", mixinStandardHelpOptions = true)
public final class ServeCommand implements Runnable {
    @Override
    public void run() {
    }
}
