package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of README.md, run as written: the {@code ./dipkg} commands through the jar in
 * a folder that holds {@code queries/}, {@code data/} and a {@code store} loaded from the
 * example article's graph; the {@code curl} commands against {@code dipkg serve} of that store
 * on a free port; the SPARQL blocks through the parser. The set-up commands ({@code ./dipkg up},
 * {@code mvn}, {@code .ci/}) are what CI runs and are left to it. A line of a shell block that
 * is none of these fails the test, so no example is skipped unseen.
 */
class ReadmeExamplesIT {
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final String DEFAULT_BASE = "http://localhost:3030/";

    @TempDir
    static Path dir;
    static List<String> commands = new ArrayList<>();
    static List<String> sparql = new ArrayList<>();

    @BeforeAll
    static void readTheReadme() throws IOException {
        String readme = Files.readString(Articles.root().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            if (m.group(1).equals("sh")) {
                commands.addAll(lines(m.group(2)));
            } else if (m.group(1).equals("sparql")) {
                sparql.add(m.group(2));
            }
        }
        for (String name : new String[] {"queries", "data"}) {
            Files.createSymbolicLink(dir.resolve(name), Articles.root().resolve(name));
        }
        Path golden = Articles.root().resolve("data/articles/" + Articles.GENEVA + ".ttl");
        Cli.Run load = Cli.run("load", "--db", dir.resolve("store").toString(), golden.toString());
        assertThat(load.exit()).as(load.toString()).isZero();
    }

    /** Removes the links to the project's folders, which the temporary folder's cleanup would warn about. */
    @AfterAll
    static void unlink() throws IOException {
        for (String name : new String[] {"queries", "data"}) {
            Files.deleteIfExists(dir.resolve(name));
        }
    }

    /** The commands of a shell block: continuation lines joined, comments and blank lines left out. */
    static List<String> lines(String block) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String raw : block.split("\n")) {
            String s = withoutComment(raw).strip();
            if (s.endsWith("\\")) {
                line.append(s, 0, s.length() - 1).append(' ');
                continue;
            }
            line.append(s);
            if (!line.toString().isBlank()) {
                out.add(line.toString().strip());
            }
            line.setLength(0);
        }
        return out;
    }

    /** A line without its {@code # comment}, a # inside quotes kept. */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static boolean leftToCi(String command) {
        return command.startsWith("mvn ") || command.startsWith(".ci/") || command.startsWith("./dipkg up");
    }

    private static boolean isAssignment(String command) {
        return command.matches("[A-Z_]+=.*");
    }

    @Test
    void everyShellLineIsAnExampleThisTestRuns() {
        for (String c : commands) {
            assertThat(c.startsWith("./dipkg ") || c.startsWith("curl ") || isAssignment(c) || leftToCi(c))
                    .as("a README command this test does not know how to run: %s", c).isTrue();
        }
        assertThat(commands.stream().filter(c -> c.startsWith("curl "))).hasSizeGreaterThanOrEqualTo(7);
        assertThat(commands.stream().filter(c -> c.startsWith("./dipkg "))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theDipkgExamplesRunAsWrittenWithAndWithoutAServer() throws Exception {
        List<String> examples = commands.stream().filter(c -> c.startsWith("./dipkg ") && !leftToCi(c)).toList();
        for (String example : examples) {
            runDipkg(example);
        }
        try (Jar.Server server = Jar.Server.start(dir, "--db", "store")) {
            for (String example : examples) {
                runDipkg(example);
            }
        }
    }

    /** Runs an example with {@code ./dipkg} standing for {@code java -jar target/dipkg.jar}. */
    private static void runDipkg(String example) throws Exception {
        String java = String.join(" ", Jar.command().stream().map(w -> "'" + w + "'").toList());
        String out = bash(java + " " + example.substring("./dipkg ".length()), example);
        assertThat(out.strip()).as("the output of %s", example).isNotEmpty();
    }

    @Test
    void theCurlExamplesAnswerFromARunningServer() throws Exception {
        String assignments = String.join("\n", commands.stream().filter(ReadmeExamplesIT::isAssignment).toList());
        try (Jar.Server server = Jar.Server.start(dir, "--db", "store")) {
            for (String example : commands.stream().filter(c -> c.startsWith("curl ")).toList()) {
                assertThat(example).as("a curl example of the local server").contains(DEFAULT_BASE);
                String command = example.replace(DEFAULT_BASE, server.base)
                        .replaceFirst("^curl ", "curl --fail --show-error --max-time 60 ");
                String out = bash(assignments + "\n" + command, example);
                assertThat(out.strip()).as("the answer to %s", example).isNotEmpty();
            }
        }
    }

    @Test
    void theSparqlExamplesParse() {
        assertThat(sparql).isNotEmpty();
        for (String q : sparql) {
            QueryFactory.create(q);
        }
    }

    private static String bash(String script, String example) throws Exception {
        Path out = Files.createTempFile(dir, "curl", ".out");
        Path err = Files.createTempFile(dir, "curl", ".err");
        Process p = new ProcessBuilder("bash", "-c", script).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            fail("%s did not finish", example);
        }
        assertThat(p.exitValue()).as("%s%n%s", example, Files.readString(err)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
