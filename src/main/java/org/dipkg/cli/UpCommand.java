package org.dipkg.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "up", mixinStandardHelpOptions = true)
public final class UpCommand implements Runnable {
    @Override
    public void run() {
    }
}
