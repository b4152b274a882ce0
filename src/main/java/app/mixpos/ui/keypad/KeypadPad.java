package app.mixpos.ui.keypad;

import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The big touch keys: digits, the decimal point (the locale's separator), backspace and clear. */
final class KeypadPad extends GridPane {

    static final String STYLE = "keypad-pad";
    static final String KEY = "keypad-key";

    KeypadPad(KeypadViewModel vm) {
        getStyleClass().add(STYLE);
        String[] labels = {"7", "8", "9", "4", "5", "6", "1", "2", "3", vm.decimalKey(), "0", "←"};
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            String id = "key-" + (label.equals("←") ? "back" : i == 9 ? "dot" : label);
            Runnable press = label.equals("←") ? vm::backspace : () -> vm.type(label.charAt(0));
            add(key(new PadKey(label, id, press)), i % 3, i / 3);
        }
        PadKey clear = new PadKey(vm.texts().get("keypad.clear"), "key-clear", vm::clear);
        clear.getStyleClass().add("keypad-clear");
        add(key(clear), 0, 4, 3, 1);
    }

    private static PadKey key(PadKey k) {
        k.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        GridPane.setHgrow(k, Priority.ALWAYS);
        GridPane.setVgrow(k, Priority.ALWAYS);
        return k;
    }
}
