package app.mixpos.ui.keypad;

import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The big touch keys: digits, the decimal point, backspace and clear. */
final class KeypadPad extends GridPane {

    static final String STYLE = "keypad-pad";
    static final String KEY = "keypad-key";

    KeypadPad(KeypadViewModel vm) {
        getStyleClass().add(STYLE);
        String[] labels = {"7", "8", "9", "4", "5", "6", "1", "2", "3", ".", "0", "←"};
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            Button key = key(label, "key-" + (label.equals("←") ? "back" : label.equals(".") ? "dot" : label));
            key.setOnAction(e -> {
                if (label.equals("←")) {
                    vm.backspace();
                } else {
                    vm.type(label.charAt(0));
                }
            });
            add(key, i % 3, i / 3);
        }
        Button clear = key("Clear", "key-clear");
        clear.getStyleClass().add("keypad-clear");
        clear.setOnAction(e -> vm.clear());
        add(clear, 0, 4, 3, 1);
    }

    private static Button key(String label, String id) {
        Button b = new Button(label);
        b.setId(id);
        b.getStyleClass().add(KEY);
        b.setFocusTraversable(false);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        GridPane.setHgrow(b, Priority.ALWAYS);
        GridPane.setVgrow(b, Priority.ALWAYS);
        return b;
    }
}
