package app.mixpos.ui.payment;

import com.google.zxing.common.BitMatrix;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * Shows a link as the largest QR code that fits, redrawn at a whole number of pixels per module
 * whenever the space changes, never scaled by the renderer. A new link of the same size is drawn over the
 * image already shown rather than into a new one.
 */
public final class QrView extends Region {

    public static final String STYLE = "qr-view";

    private final ImageView image = new ImageView();
    private BitMatrix matrix;
    private String text;
    private int scale;

    public QrView() {
        getStyleClass().add(STYLE);
        image.setSmooth(false);
        image.setPreserveRatio(true);
        getChildren().add(image);
        setMinSize(0, 0);
    }

    /** Shows {@code link}, or nothing when null. */
    public void setText(String link) {
        if (link == null ? text == null : link.equals(text)) {
            return;
        }
        text = link;
        matrix = link == null || link.isEmpty() ? null : QrImage.encode(link);
        scale = 0;
        requestLayout();
    }

    public String getText() {
        return text;
    }

    @Override
    protected void layoutChildren() {
        double side = Math.min(getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
        if (matrix == null || side <= 0) {
            image.setImage(null);
            return;
        }
        int next = Math.max(1, (int) Math.floor(side / QrImage.modulesWithQuietZone(matrix)));
        if (next != scale || image.getImage() == null) {
            scale = next;
            image.setImage(QrImage.render(matrix, scale, (WritableImage) image.getImage()));
        }
        double size = image.getImage().getWidth();
        image.relocate(Math.round((getWidth() - size) / 2), Math.round((getHeight() - size) / 2));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 300;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }
}
