package app.mixpos.printing;

/** Somewhere a receipt goes: an ESC/POS printer, a system printer or a PDF folder. Blocks; call off the FX thread. */
public interface ReceiptOutput {

    void print(Receipt receipt, ReceiptWords words) throws PrintException;
}
