package org.dipkg.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Draws {@code growth.tsv} as a PNG: four panels (conversion time, store size, load
 * time, p99 query latency) against the number of articles, both axes logarithmic.
 *
 * <pre>
 *   java -cp ... org.dipkg.bench.GrowthPlot target/bench/growth.tsv docs/growth.png
 * </pre>
 */
public final class GrowthPlot {
    private static final int W = 1000;
    private static final int H = 700;
    private static final String[][] PANELS = {
        {"convert_s", "Conversion, 2 threads (s)"}, {"store_mib", "Store on disk (MiB)"},
        {"load_s", "Load (s)"}, {"p99_ms", "Slowest query of the mix, in process (ms)"}};

    private GrowthPlot() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        List<String> header = List.of(lines.get(0).split("\t"));
        List<double[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            rows.add(java.util.Arrays.stream(l.split("\t")).mapToDouble(Double::parseDouble).toArray());
        }
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("dipkg growth with corpus size (articles, log scale)", 20, 30);
        for (int i = 0; i < PANELS.length; i++) {
            int col = header.indexOf(PANELS[i][0]);
            panel(g, 20 + (i % 2) * (W / 2), 50 + (i / 2) * ((H - 50) / 2), W / 2 - 40, (H - 50) / 2 - 20,
                    PANELS[i][1], rows, col);
        }
        g.dispose();
        ImageIO.write(img, "png", Path.of(args[1]).toFile());
    }

    private static void panel(Graphics2D g, int x, int y, int w, int h, String title, List<double[]> rows, int col) {
        int left = x + 60;
        int top = y + 30;
        int pw = w - 70;
        int ph = h - 70;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.setColor(Color.BLACK);
        g.drawString(title, x + 10, y + 18);
        g.setColor(Color.GRAY);
        g.drawRect(left, top, pw, ph);
        double xmin = Math.log10(500);
        double xmax = Math.log10(200_000);
        double ymax = 1;
        double ymin = Double.MAX_VALUE;
        for (double[] r : rows) {
            ymax = Math.max(ymax, r[col]);
            ymin = Math.min(ymin, Math.max(r[col], 1e-3));
        }
        double lo = Math.floor(Math.log10(Math.min(ymin, ymax / 10)));
        double hi = Math.ceil(Math.log10(ymax * 1.01));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int e = (int) lo; e <= hi; e++) {
            int py = top + ph - (int) ((e - lo) / (hi - lo) * ph);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(left + 1, py, left + pw - 1, py);
            g.setColor(Color.DARK_GRAY);
            g.drawString(label(Math.pow(10, e)), x + 5, py + 4);
        }
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            int px = left + (int) ((Math.log10(n) - xmin) / (xmax - xmin) * pw);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(px, top + 1, px, top + ph - 1);
            g.setColor(Color.DARK_GRAY);
            g.drawString(label(n), px - 15, top + ph + 15);
        }
        g.setColor(new Color(31, 119, 180));
        g.setStroke(new BasicStroke(2.5f));
        int[] prev = null;
        for (double[] r : rows) {
            int px = left + (int) ((Math.log10(r[0]) - xmin) / (xmax - xmin) * pw);
            int py = top + ph - (int) ((Math.log10(Math.max(r[col], 1e-3)) - lo) / (hi - lo) * ph);
            if (prev != null) {
                g.drawLine(prev[0], prev[1], px, py);
            }
            g.fillOval(px - 5, py - 5, 10, 10);
            g.drawString(String.format(Locale.ROOT, "%,.0f", r[col]), px + 8, py - 8);
            prev = new int[] {px, py};
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static String label(double v) {
        if (v >= 1_000_000) {
            return String.format(Locale.ROOT, "%.0fM", v / 1e6);
        }
        if (v >= 1_000) {
            return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        }
        return v >= 10 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2g", v);
    }
}
