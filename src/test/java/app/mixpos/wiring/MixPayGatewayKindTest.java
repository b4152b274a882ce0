package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.checkout.GatewayException;
import app.mixpos.mixpay.MixPayException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MixPayGatewayKindTest {

    @ParameterizedTest
    @EnumSource(MixPayException.Kind.class)
    void everyClientKindMapsToTheCheckoutKindOfTheSameMeaning(MixPayException.Kind kind) {
        GatewayException.Kind mapped = MixPayGateway.kindOf(kind);

        assertThat(mapped).isNotNull();
        assertThat(mapped.name()).isEqualTo(kind.name());
    }

    @Test
    void everyCheckoutKindIsReachedSoNoneIsDeadOrDoubled() {
        Set<GatewayException.Kind> reached = Stream.of(MixPayException.Kind.values())
                .map(MixPayGateway::kindOf).collect(Collectors.toSet());

        assertThat(reached).isEqualTo(EnumSet.allOf(GatewayException.Kind.class));
    }

    @Test
    void aFailedCallKeepsItsCodeMessageAndCauseThroughTheGateway() {
        MixPayException rateLimited = new MixPayException(MixPayException.Kind.RATE_LIMITED, 1429,
                "GET /payments_result: too many requests", "Too Many Requests", null);

        GatewayException e = MixPayGateway.translate(rateLimited);

        assertThat(e.kind()).isEqualTo(GatewayException.Kind.RATE_LIMITED);
        assertThat(e.code()).isEqualTo(1429);
        assertThat(e.getMessage()).isEqualTo("GET /payments_result: too many requests");
        assertThat(e.getCause()).isSameAs(rateLimited);
    }
}
