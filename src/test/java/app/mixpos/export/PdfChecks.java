package app.mixpos.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Checks on a PDF as a reader would see it: its fonts' dictionaries, and its pages rendered to pixels. */
public final class PdfChecks {

    private PdfChecks() {
    }

    /** The names of the fonts whose descriptor holds an embedded TrueType program ({@code FontFile2}). */
    public static List<String> fontsEmbedded(PDDocument doc) throws IOException {
        List<String> embedded = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                PDFontDescriptor d = font instanceof PDType0Font t0 ? t0.getDescendantFont().getFontDescriptor()
                        : font.getFontDescriptor();
                if (d != null && d.getFontFile2() != null && !embedded.contains(font.getName())) {
                    embedded.add(font.getName());
                }
            }
        }
        return embedded;
    }

    /** Every font on every page, embedded or not. */
    public static int fontCount(PDDocument doc) throws IOException {
        int n = 0;
        for (PDPage page : doc.getPages()) {
            for (COSName ignored : page.getResources().getFontNames()) {
                n++;
            }
        }
        return n;
    }

    /** The share of pixels that are not near-white: 0 for a blank page. */
    public static double inkFraction(BufferedImage img) {
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lum < 3 * 200) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) img.getWidth() * img.getHeight());
    }

    /** Keeps a rendered page under {@code target/pdf-renders/} for a person to look at. */
    public static void keep(BufferedImage img, String name) throws IOException {
        Path dir = Path.of("target", "pdf-renders");
        Files.createDirectories(dir);
        ImageIO.write(img, "png", dir.resolve(name).toFile());
    }
}
