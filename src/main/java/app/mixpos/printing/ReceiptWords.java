package app.mixpos.printing;

import app.mixpos.export.Words;

/** The receipt's words in one language: the screens' bundle ({@code receipt.*} keys). */
public interface ReceiptWords extends Words {
}
