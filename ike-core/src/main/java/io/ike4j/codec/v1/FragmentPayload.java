package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * IKEv1 fragment payload (type 132; Cisco's format, also used by strongSwan): Fragment ID (16 bits),
 * Fragment Number (8 bits, from 1), Flags (8 bits, 0x01 = last fragment) and the fragment data.
 */
public record FragmentPayload(int fragmentId, int fragmentNumber, int flags, Bytes data) implements IsakmpPayload {
    /** The flag of the last fragment of a message. */
    public static final int FLAG_LAST = 0x01;

    /**
     * Checks the field ranges.
     *
     * @param fragmentId the 16-bit fragment ID shared by a message's fragments
     * @param fragmentNumber the fragment's number, from 1
     * @param flags the flags octet ({@link #FLAG_LAST} on the last fragment)
     * @param data the fragment's octets
     */
    public FragmentPayload {
        IsakmpCodec.require(fragmentId >= 0 && fragmentId <= 0xffff, "fragmentId out of range");
        IsakmpHeader.octet("fragmentNumber", fragmentNumber);
        IsakmpHeader.octet("flags", flags);
        IsakmpCodec.require(data != null, "null data");
    }

    /** {@return true for the last fragment} */
    public boolean last() {
        return (flags & FLAG_LAST) != 0;
    }

    @Override
    public int type() {
        return 132;
    }
}
