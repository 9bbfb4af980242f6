package io.ike4j.sm.v2;

import io.ike4j.sm.Role;
import io.ike4j.codec.Bytes;

import java.util.Locale;

/**
 * One state-machine step: in {@code state}, {@code event} is handled (architecture.md: the trace is data
 * first, text second). {@link #iosLine()} renders it exactly as IOS does:
 * {@code IKEv2:(SA ID = 1):SM Trace-> SA: I_SPI=F074D8BBD5A59F0B R_SPI=F94020DD8CB4B9C4 (I) MsgID = 00000000
 * CurState: I_BLD_INIT Event: EV_GET_IKE_POLICY}.
 *
 * @param saId      the local SA number IOS prints as "SA ID"
 * @param spiI      initiator SPI (8 octets)
 * @param spiR      responder SPI (8 octets, zero before the responder chose one)
 * @param role      the local role
 * @param messageId the message ID of the exchange the step belongs to
 */
public record TraceEvent(int saId, Bytes spiI, Bytes spiR, Role role, long messageId, Ikev2State state,
                         Ikev2Event event) implements io.ike4j.sm.SmStep {

    /** {@return {@link io.ike4j.sm.IkeVersion#IKEV2}} */
    @Override
    public io.ike4j.sm.IkeVersion version() {
        return io.ike4j.sm.IkeVersion.IKEV2;
    }

    /** {@return the IOS {@code debug crypto ikev2 internal} line} */
    @Override
    public String iosLine() {
        return "IKEv2:(SA ID = " + saId + "):SM Trace-> SA: I_SPI=" + spiI.toHex().toUpperCase(Locale.ROOT)
                + " R_SPI=" + spiR.toHex().toUpperCase(Locale.ROOT) + " (" + role.letter() + ") MsgID = "
                + String.format("%08X", messageId) + " CurState: " + state + " Event: " + event;
    }

    /** {@return "STATE EVENT", the form of the reference tables} */
    @Override
    public String step() {
        return state + " " + event;
    }
}
