package app.mixpos.ui.shell;

/** The screens of the till. */
public enum Screen { KEYPAD, PAYMENT, RESULT, HISTORY, SETTINGS, REPORTS }
