package io.ike4j.transport;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Header;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link ShardKey#localSpi()}: every message goes by the SPI its receiver chose (RFC 7296 §3.1). */
class ShardKeyTest {
    private static final Bytes SPI_I = Bytes.fromHex("1111111111111111");
    private static final Bytes SPI_R = Bytes.fromHex("2222222222222222");

    private static Object key(Bytes spiR, int flags, int exchange) {
        byte[] h = io.ike4j.codec.v2.Ikev2Codec.encode(new io.ike4j.codec.v2.Ikev2Message(
                new Ikev2Header(SPI_I, spiR, exchange, flags, 0), java.util.List.of()));
        return ShardKey.localSpi().of(Datagram.of(h, DatagramEndpoint.of("10.0.0.1", 500), DatagramEndpoint.of("10.0.0.2", 500)));
    }

    @Test
    void theReceiversOwnSpiIsTheKey() {
        assertEquals(SPI_I, key(Bytes.wrap(new byte[8]), Ikev2Header.FLAG_INITIATOR, 34), "IKE_SA_INIT request: SPIr is zero");
        assertEquals(SPI_R, key(SPI_R, Ikev2Header.FLAG_INITIATOR, 35), "from the original initiator: our (responder) SPI");
        assertEquals(SPI_I, key(SPI_R, Ikev2Header.FLAG_RESPONSE, 35), "from the original responder: our (initiator) SPI");
        assertEquals(SPI_R, key(SPI_R, Ikev2Header.FLAG_INITIATOR | Ikev2Header.FLAG_RESPONSE, 37),
                "a response of the original initiator to our request");
    }

    @Test
    void shortDatagramsDoNotThrow() {
        assertEquals(null, ShardKey.localSpi().of(Datagram.of(new byte[] {(byte) 0xFF}, DatagramEndpoint.of("10.0.0.1", 4500),
                DatagramEndpoint.of("10.0.0.2", 4500))));
    }
}
