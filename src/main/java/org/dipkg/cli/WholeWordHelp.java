package org.dipkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Help texts that wrap at spaces only: a description is never cut inside a word, so an
 * address such as {@code https://w3id.org/dipkg/id/} stays whole, and a paragraph of the
 * command's description (one element of its {@code description}) wraps to the usage width.
 * The list of commands shows each command's first paragraph, one whole sentence.
 *
 * <pre>
 *   commandLine.setHelpFactory(WholeWordHelp::new);
 * </pre>
 */
final class WholeWordHelp extends Help {
    WholeWordHelp(CommandSpec spec, ColorScheme scheme) {
        super(spec, scheme);
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
            ColorScheme scheme) {
        Layout layout = super.createDefaultLayout(options, positionals, scheme);
        return new Layout(scheme, WholeWordTable.like(layout.textTable(), scheme));
    }

    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        TextTable table = super.createTextTable(map);
        return table.rowCount() == 0 ? WholeWordTable.like(table, colorScheme()) : table;
    }

    @Override
    public String description(Object... params) {
        StringBuilder b = new StringBuilder();
        int width = commandSpec().usageMessage().width();
        for (String paragraph : commandSpec().usageMessage().description()) {
            String text = paragraph.replace("%n", "\n");
            String hang = text.startsWith("- ") ? "  " : "";
            List<String> lines = wrap(text, width, width - hang.length());
            for (int i = 0; i < lines.size(); i++) {
                b.append(i == 0 ? "" : hang).append(lines.get(i)).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Breaks text into lines at spaces: the first line at most {@code first} characters, the
     * others at most {@code rest}; a word longer than a line has a line of its own.
     */
    static List<String> wrap(String text, int first, int rest) {
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : part.trim().split(" +")) {
                int limit = lines.isEmpty() ? first : rest;
                if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** A table whose wrapping columns break their text at spaces only. */
    private static final class WholeWordTable extends TextTable {
        private WholeWordTable(ColorScheme scheme, Column[] columns) {
            super(scheme, columns);
        }

        static WholeWordTable like(TextTable table, ColorScheme scheme) {
            WholeWordTable t = new WholeWordTable(scheme, table.columns());
            t.indentWrappedLines = table.indentWrappedLines;
            t.setAdjustLineBreaksForWideCJKCharacters(table.isAdjustLineBreaksForWideCJKCharacters());
            return t;
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            String plain = value.plainString();
            if (column.overflow != Column.Overflow.WRAP || plain.length() <= column.width - column.indent) {
                return super.putValue(row, col, value);
            }
            int first = column.width - column.indent;
            List<String> lines = wrap(plain, first, first - indentWrappedLines);
            Cell cell = null;
            for (int i = 0; i < lines.size(); i++) {
                while (row + i >= rowCount()) {
                    addEmptyRow();
                }
                String line = (i == 0 ? "" : " ".repeat(indentWrappedLines)) + lines.get(i);
                cell = super.putValue(row + i, col, Help.Ansi.OFF.new Text(line));
            }
            return cell;
        }
    }

    /** Installs the whole-word help on a command line and all its subcommands. */
    static void install(CommandLine cl) {
        cl.setHelpFactory(WholeWordHelp::new);
    }
}
