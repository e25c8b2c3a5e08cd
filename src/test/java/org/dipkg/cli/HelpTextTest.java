package org.dipkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Help texts as a terminal shows them: 80 columns, whole words, whole sentences, whole addresses. */
class HelpTextTest {
    private static final Pattern URL = Pattern.compile("https?://[^\\s)]+");

    private static List<String> commands() {
        List<String> names = new ArrayList<>(List.of(""));
        names.addAll(Main.commandLine().getSubcommands().keySet());
        names.remove("help");
        return names;
    }

    private static String help(String command) {
        Cli r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertThat(r.exit()).as(command).isZero();
        return r.out();
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    @Test
    void noLineIsWiderThanEightyColumns() {
        for (String c : commands()) {
            for (String line : help(c).split("\\R")) {
                assertThat(line.length()).as("dipkg %s --help: %s", c, line).isLessThanOrEqualTo(80);
            }
        }
    }

    @Test
    void everyDescriptionIsShownWholeWithItsWordsUncut() {
        CommandLine root = Main.commandLine();
        for (String c : commands()) {
            CommandSpec spec = c.isEmpty() ? root.getCommandSpec() : root.getSubcommands().get(c).getCommandSpec();
            String shown = words(help(c));
            for (String paragraph : spec.usageMessage().description()) {
                assertThat(shown).as("dipkg %s --help", c).contains(words(paragraph));
            }
            for (ArgSpec arg : spec.args()) {
                for (String d : arg.description()) {
                    String expected = words(d.replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValue())));
                    assertThat(shown).as("dipkg %s --help", c).contains(expected);
                }
            }
        }
    }

    @Test
    void addressesAreNeverBrokenAcrossLines() {
        assertThat(help("up")).contains("https://w3id.org/dipkg/id/...", "http://localhost:3030/");
        CommandLine root = Main.commandLine();
        for (String c : commands()) {
            CommandSpec spec = c.isEmpty() ? root.getCommandSpec() : root.getSubcommands().get(c).getCommandSpec();
            StringBuilder written = new StringBuilder(String.join(" ", spec.usageMessage().description()));
            spec.args().forEach(a -> written.append(' ').append(String.join(" ", a.description())));
            written.append(' ').append(String.join(" ", spec.usageMessage().footer()));
            Matcher m = URL.matcher(help(c));
            while (m.find()) {
                assertThat(written.toString()).as("dipkg %s --help shows an address cut short", c)
                        .containsPattern(Pattern.quote(m.group()) + "(?![^\\s)])");
            }
        }
    }

    @Test
    void theListOfCommandsGivesEachOneWholeSentence() {
        String top = help("");
        String list = top.substring(top.indexOf("Commands:"), top.indexOf("Exit codes"));
        CommandLine root = Main.commandLine();
        for (String c : commands()) {
            if (c.isEmpty()) {
                continue;
            }
            String summary = root.getSubcommands().get(c).getCommandSpec().usageMessage().description()[0];
            assertThat(summary).as(c).endsWith(".");
            assertThat(words(list)).as(c).contains(c + " " + words(summary));
        }
    }

    @Test
    void wrappingBreaksAtSpacesOnly() {
        assertThat(WholeWordHelp.wrap("Served under https://kg.example.org/id/ by default.", 20, 18))
                .containsExactly("Served under", "https://kg.example.org/id/", "by default.");
        assertThat(WholeWordHelp.wrap("one two three", 80, 80)).containsExactly("one two three");
    }
}
