package app.mixpos.ui.history;

import app.mixpos.ui.text.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Store mode's row under the title: this till's sales or the whole shop's, and a look-up by order or trace id. */
final class StoreBar extends HBox {

    StoreBar(HistoryViewModel vm) {
        Texts texts = vm.texts();
        getStyleClass().add("store-bar");
        setSpacing(8);
        ToggleGroup scope = new ToggleGroup();
        ToggleButton thisTill = new ToggleButton(texts.get("store.history.thisTill"));
        thisTill.setId("scope-this-till");
        ToggleButton wholeShop = new ToggleButton(texts.get("store.history.wholeShop"));
        wholeShop.setId("scope-whole-shop");
        thisTill.setToggleGroup(scope);
        wholeShop.setToggleGroup(scope);
        (vm.wholeShopProperty().get() ? wholeShop : thisTill).setSelected(true);
        scope.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                vm.wholeShopProperty().set(now == wholeShop);
            }
        });
        thisTill.setMinWidth(Region.USE_PREF_SIZE);
        wholeShop.setMinWidth(Region.USE_PREF_SIZE);
        TextField key = new TextField();
        key.setId("find-key");
        key.setPromptText(texts.get("store.find.prompt"));
        key.setOnAction(e -> vm.find(key.getText()));
        HBox.setHgrow(key, Priority.ALWAYS);
        Button find = new Button(texts.get("store.find"));
        find.setId("find");
        find.setMinWidth(Region.USE_PREF_SIZE);
        find.setOnAction(e -> vm.find(key.getText()));
        getChildren().addAll(thisTill, wholeShop, key, find);
    }
}
