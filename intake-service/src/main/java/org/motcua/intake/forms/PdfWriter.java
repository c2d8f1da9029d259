package org.motcua.intake.forms;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small top-down layout on A5 pages: centred and wrapped lines, two header columns, a QR code drawn as
 * vector squares. Text is set in DejaVu Sans, embedded (subset), which covers Vietnamese diacritics.
 */
final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 32;
    private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDRectangle size = PDRectangle.A5;
    private PDPageContentStream content;
    private float y;

    PdfWriter(String title) throws IOException {
        regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR));
        bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("motcua intake-service");
        newPage();
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    void centered(String text, float fontSize, boolean isBold) throws IOException {
        for (String line : wrap(text, fontSize, isBold, width())) {
            PDType0Font font = isBold ? bold : regular;
            float w = font.getStringWidth(line) / 1000 * fontSize;
            show(line, MARGIN + (width() - w) / 2, fontSize, isBold);
        }
    }

    void paragraph(String text, float fontSize, boolean isBold) throws IOException {
        paragraph(text, fontSize, isBold, 0);
    }

    /** Wrapped text; continuation lines indented by {@code indent}. */
    void paragraph(String text, float fontSize, boolean isBold, float indent) throws IOException {
        boolean first = true;
        for (String line : wrap(text, fontSize, isBold, width() - indent)) {
            show(line, MARGIN + (first ? 0 : indent), fontSize, isBold);
            first = false;
        }
    }

    /** Two columns of centred lines side by side (the header of an administrative form). */
    void columns(List<String> left, List<String> right, float fontSize) throws IOException {
        float top = y;
        float half = width() / 2;
        float leftBottom = column(left, MARGIN, half, fontSize, top);
        float rightBottom = column(right, MARGIN + half, half, fontSize, top);
        y = Math.min(leftBottom, rightBottom);
    }

    private float column(List<String> lines, float x, float w, float fontSize, float top) throws IOException {
        y = top;
        for (int i = 0; i < lines.size(); i++) {
            boolean isBold = lines.get(i).startsWith("*");
            String text = isBold ? lines.get(i).substring(1) : lines.get(i);
            PDType0Font font = isBold ? bold : regular;
            for (String line : wrap(text, fontSize, isBold, w - 4)) {
                float lw = font.getStringWidth(line) / 1000 * fontSize;
                show(line, x + (w - lw) / 2, fontSize, isBold);
            }
        }
        return y;
    }

    void space(float points) throws IOException {
        y -= points;
        if (y < MARGIN) {
            newPage();
        }
    }

    /** A QR code of {@code text}, {@code side} points wide, centred, with a caption under it. */
    void qrCode(String text, float side, String caption) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code", e);
        }
        if (y - side < MARGIN + 20) {
            newPage();
        }
        float cell = side / matrix.getWidth();
        float x0 = MARGIN + (width() - side) / 2;
        float top = y;
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    content.addRect(x0 + col * cell, top - (row + 1) * cell, cell, cell);
                }
            }
        }
        content.fill();
        y = top - side - 4;
        centered(caption, 6.5f, false);
    }

    byte[] toBytes() throws IOException {
        content.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void show(String line, float x, float fontSize, boolean isBold) throws IOException {
        float leading = fontSize * 1.35f;
        if (y - leading < MARGIN) {
            newPage();
        }
        y -= leading;
        content.beginText();
        content.setFont(isBold ? bold : regular, fontSize);
        content.newLineAtOffset(x, y + fontSize * 0.3f);
        PDType0Font font = isBold ? bold : regular;
        content.showText(printable(line, font));
        content.endText();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    private List<String> wrap(String text, float fontSize, boolean isBold, float maxWidth) throws IOException {
        PDType0Font font = isBold ? bold : regular;
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * fontSize <= maxWidth || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The line, with '?' for each character the font has no glyph for (emoji, CJK). */
    private static String printable(String line, PDType0Font font) {
        try {
            font.encode(line);
            return line;
        } catch (IllegalArgumentException | IOException e) {
            StringBuilder out = new StringBuilder();
            line.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IllegalArgumentException | IOException missing) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }

    /** Characters the font cannot show (control characters, tabs) become spaces. */
    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace("\r", "").replaceAll("[\\p{Cntrl}&&[^\n]]", " ");
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
