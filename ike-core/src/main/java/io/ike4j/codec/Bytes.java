package io.ike4j.codec;

import io.netty.buffer.ByteBuf;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable view of octets with value equality, used for every opaque field of a decoded IKE
 * message (nonces, KE data, SPIs, encrypted bodies…).
 *
 * <p>Decoders copy a datagram at most once and hand out {@code Bytes} views into that copy, so
 * payload bodies are never copied one by one. {@link #wrap(byte[])} takes the caller's array
 * without copying: the caller promises not to modify it afterwards.
 */
public final class Bytes implements Comparable<Bytes> {
    private static final HexFormat HEX = HexFormat.of();
    /** No octets. */
    public static final Bytes EMPTY = new Bytes(new byte[0], 0, 0);

    private final byte[] array;
    private final int offset;
    private final int length;

    private Bytes(byte[] array, int offset, int length) {
        this.array = array;
        this.offset = offset;
        this.length = length;
    }

    /**
     * A copy of {@code data}.
     *
     * @param data the octets
     * @return the view of the copy
     */
    public static Bytes copyOf(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data.clone(), 0, data.length);
    }

    /**
     * A view of {@code data} without copying; the array must not change afterwards.
     *
     * @param data the octets
     * @return the view
     */
    public static Bytes wrap(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data, 0, data.length);
    }

    /**
     * A view of {@code data[offset, offset+length)} without copying; the array must not change afterwards.
     *
     * @param data the array
     * @param offset where the view starts
     * @param length its length
     * @return the view
     */
    public static Bytes wrap(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + " length " + length + " of " + data.length);
        }
        return length == 0 ? EMPTY : new Bytes(data, offset, length);
    }

    /**
     * Copies the readable bytes of {@code buf} without moving its reader index.
     *
     * @param buf the buffer
     * @return the view of the copy
     */
    public static Bytes copyOf(ByteBuf buf) {
        byte[] out = new byte[buf.readableBytes()];
        buf.getBytes(buf.readerIndex(), out);
        return wrap(out);
    }

    /**
     * Parses hex digits, ignoring white space and an optional {@code 0x} prefix.
     *
     * @param hex the digits
     * @return the octets
     * @throws IllegalArgumentException for other characters or an odd number of digits
     */
    public static Bytes fromHex(CharSequence hex) {
        String s = hex.toString().replaceAll("\\s+", "");
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        return wrap(HEX.parseHex(s));
    }

    /** {@return the number of octets} */
    public int length() {
        return length;
    }

    /** {@return true when there are no octets} */
    public boolean isEmpty() {
        return length == 0;
    }

    /**
     * The unsigned octet at {@code index}.
     *
     * @param index from 0
     * @return 0..255
     */
    public int get(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return array[offset + index] & 0xff;
    }

    /**
     * A view of {@code [from, from+len)} sharing this view's storage.
     *
     * @param from the first octet
     * @param len the slice's length
     * @return the view
     */
    public Bytes slice(int from, int len) {
        if (from < 0 || len < 0 || from > length - len) {
            throw new IndexOutOfBoundsException("slice " + from + "+" + len + " of " + length);
        }
        return len == 0 ? EMPTY : new Bytes(array, offset + from, len);
    }

    /**
     * The backing array itself when this view covers all of it, else null: for a codec that only reads a received
     * datagram where it lies (an SK payload's AAD, ciphertext and ICV) instead of copying it. Never write to it: the
     * view and whoever wrapped the array share it.
     *
     * @return the whole backing array, or null
     */
    public byte[] wholeArrayOrNull() {
        return offset == 0 && length == array.length ? array : null;
    }

    /** {@return a fresh copy of the octets} */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /**
     * Writes the octets to {@code out}.
     *
     * @param out the buffer
     */
    public void writeTo(ByteBuf out) {
        out.writeBytes(array, offset, length);
    }

    /**
     * Feeds the octets to {@code md} without copying them.
     *
     * @param md the digest
     */
    public void updateDigest(java.security.MessageDigest md) {
        md.update(array, offset, length);
    }

    /**
     * Copies the octets into {@code dest} at {@code destOffset}.
     *
     * @param dest the array
     * @param destOffset where they go
     */
    public void copyTo(byte[] dest, int destOffset) {
        System.arraycopy(array, offset, dest, destOffset, length);
    }

    /** {@return the octets as lower-case hex digits} */
    public String toHex() {
        return HEX.formatHex(array, offset, offset + length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b
                && Arrays.equals(array, offset, offset + length, b.array, b.offset, b.offset + b.length);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + array[i];
        }
        return h;
    }

    @Override
    public int compareTo(Bytes o) {
        return Arrays.compareUnsigned(array, offset, offset + length, o.array, o.offset, o.offset + o.length);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
