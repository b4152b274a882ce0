package app.mixpos.receipts;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A decimal amount as the integer columns beside its text ({@code payment_units}, {@code payment_scale}, ...): the
 * unscaled value and the number of decimals of exactly the text stored ({@code 12.50} is 1250 and 2). The units are
 * NULL when the amount is negative or its unscaled value does not fit 64 bits; the reports then sum its text. Both are
 * NULL when the amount is.
 */
final class Units {

    private Units() {
    }

    /** Binds units then scale at {@code index}, {@code index + 1}; returns the index after them. */
    static int bind(PreparedStatement ps, int index, BigDecimal amount) throws SQLException {
        if (amount == null) {
            ps.setNull(index, Types.INTEGER);
            ps.setNull(index + 1, Types.INTEGER);
            return index + 2;
        }
        BigDecimal plain = amount.scale() < 0 ? amount.setScale(0) : amount;
        Long units = plain.signum() < 0 || plain.unscaledValue().bitLength() > 63 ? null
                : plain.unscaledValue().longValue();
        if (units == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, units);
        }
        ps.setInt(index + 1, plain.scale());
        return index + 2;
    }
}
