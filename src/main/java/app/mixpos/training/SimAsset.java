package app.mixpos.training;

import java.math.BigDecimal;

/**
 * An asset as the simulator lists it.
 *
 * @param network   chain label such as {@code ERC20}; empty for fiat
 * @param usdtRate  fixed price in USDT, used for every conversion the simulator makes
 */
record SimAsset(String assetId, String symbol, String name, String network, int decimalDigit,
                BigDecimal min, BigDecimal max, boolean fiat, BigDecimal usdtRate, String iconUrl) {

    boolean hasId(String id) {
        return id != null && assetId.equalsIgnoreCase(id.strip());
    }
}
