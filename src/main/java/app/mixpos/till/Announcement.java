package app.mixpos.till;

import app.mixpos.sale.SaleSnapshot;

/**
 * An outcome the cashier must hear about: a sale paid, failed or mismatched while it was not in front of the
 * customer (a new unacknowledged outcome, or a new outcome of one), or the sale in front of the customer reaching
 * such an outcome. A screen rings a sound for it; a printer might print.
 *
 * @param number counts the announcements of one model, 1 first
 * @param sale   the sale as it was announced
 */
public record Announcement(long number, SaleSnapshot sale) {
}
