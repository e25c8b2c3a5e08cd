package org.dipkg.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "validate", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Runnable {
    @Override
    public void run() {
    }
}
