package org.dipkg.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Runnable {
    @Override
    public void run() {
    }
}
