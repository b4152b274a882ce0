package app.mixpos.receipts;

import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SettlementAsset;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The last asset lists fetched from MixPay, kept so the app can start offline. Saving replaces the list. */
final class AssetCache {

    private AssetCache() {
    }

    static void saveQuoteAssets(Connection c, List<QuoteAsset> assets) throws SQLException {
        clear(c, "quote_assets");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quote_assets (position, asset_id, symbol, "
                + "decimal_digit, min_amount, max_amount, is_fiat) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (QuoteAsset a : assets) {
                ps.setInt(1, position++);
                ps.setString(2, a.assetId());
                ps.setString(3, a.symbol());
                ps.setInt(4, a.decimalDigit());
                ps.setString(5, a.minAmount() == null ? null : a.minAmount().toPlainString());
                ps.setString(6, a.maxAmount() == null ? null : a.maxAmount().toPlainString());
                ps.setInt(7, a.fiat() ? 1 : 0);
                ps.executeUpdate();
            }
        }
    }

    static List<QuoteAsset> quoteAssets(Connection c) throws SQLException {
        List<QuoteAsset> assets = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT asset_id, symbol, "
                + "decimal_digit, min_amount, max_amount, is_fiat FROM quote_assets ORDER BY position")) {
            while (rs.next()) {
                assets.add(new QuoteAsset(rs.getString(1), rs.getString(2), rs.getInt(3), decimal(rs.getString(4)),
                        decimal(rs.getString(5)), rs.getInt(6) == 1));
            }
        }
        return List.copyOf(assets);
    }

    static void saveSettlementAssets(Connection c, List<SettlementAsset> assets) throws SQLException {
        clear(c, "settlement_assets");
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO settlement_assets (position, asset_id, symbol, name, network) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (SettlementAsset a : assets) {
                ps.setInt(1, position++);
                ps.setString(2, a.assetId());
                ps.setString(3, a.symbol());
                ps.setString(4, a.name());
                ps.setString(5, a.network());
                ps.executeUpdate();
            }
        }
    }

    static List<SettlementAsset> settlementAssets(Connection c) throws SQLException {
        List<SettlementAsset> assets = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT asset_id, symbol, name, network FROM settlement_assets ORDER BY position")) {
            while (rs.next()) {
                assets.add(new SettlementAsset(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return List.copyOf(assets);
    }

    private static void clear(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + table);
        }
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
