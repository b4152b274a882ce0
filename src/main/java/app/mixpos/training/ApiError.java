package app.mixpos.training;

import com.fasterxml.jackson.databind.JsonNode;

/** A MixPay error answer: {@code success:false} with a documented code and message. */
final class ApiError extends Exception {

    static final int PARAMETER_MISSING = 1017;
    static final int PARAMETER_INVALID = 10011;
    static final int CURRENCY_NOT_SUPPORTED = 10002;
    static final int SETTLEMENT_NOT_SUPPORTED = 10003;
    static final int AMOUNT_TOO_LOW = 10004;
    static final int AMOUNT_TOO_HIGH = 10005;
    static final int NOT_FOUND = 404;

    private final int code;
    private final int httpStatus;
    private final transient JsonNode data;

    ApiError(int code, String message) {
        this(code, message, null, 200);
    }

    ApiError(int code, String message, JsonNode data, int httpStatus) {
        super(message);
        this.code = code;
        this.data = data;
        this.httpStatus = httpStatus;
    }

    int code() {
        return code;
    }

    int httpStatus() {
        return httpStatus;
    }

    JsonNode data() {
        return data;
    }
}
