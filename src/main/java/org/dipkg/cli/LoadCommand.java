package org.dipkg.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "load", mixinStandardHelpOptions = true)
public final class LoadCommand implements Runnable {
    @Override
    public void run() {
    }
}
