package io.ike4j.crypto;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The MODP groups of the IKEv2 key exchange registry: p, g, and for the RFC 5114 groups the prime order
 * q of the subgroup g generates. Numbers as published in RFC 2409 §6, RFC 3526 §2-§7 and RFC 5114 §2.
 *
 * <p>{@code exponentBits}: the private exponent length, twice the group's security strength using the
 * upper ("Strength Estimate 2") column of RFC 3526 §8, and 160 bits for the legacy 768/1024-bit groups;
 * 0 for the RFC 5114 groups, whose exponent is drawn uniformly from [1, q-1] (q is already twice the
 * strength, NIST SP 800-56A §5.6.1.1). Providers may choose their own exponent length within that rule.
 *
 * <p>Shared by every provider so that the group parameters are written down once.
 */
public enum ModpGroup {
    /** RFC 2409 §6.1. */
    MODP_768_BIT(1, 160,
            "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74"
            + "020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437"
            + "4fe1356d6d51c245e485b576625e7ec6f44c42e9a63a3620ffffffffffffffff",
            "02",
            null),
    /** RFC 2409 §6.2. */
    MODP_1024_BIT(2, 160,
            "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74"
            + "020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437"
            + "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed"
            + "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece65381ffffffffffffffff",
            "02",
            null),
    /** RFC 3526 §2. */
    MODP_1536_BIT(5, 240,
            "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74"
            + "020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437"
            + "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed"
            + "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf05"
            + "98da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb"
            + "9ed529077096966d670c354e4abc9804f1746c08ca237327ffffffffffffffff",
            "02",
            null),
    /** RFC 3526 §3. */
    MODP_2048_BIT(14, 320,
            "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74"
            + "020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437"
            + "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed"
            + "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf05"
            + "98da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb"
            + "9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b"
            + "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf695581718"
            + "3995497cea956ae515d2261898fa051015728e5a8aacaa68ffffffffffffffff",
            "02",
            null),
    /** RFC 3526 §4. */
    MODP_3072_BIT(15, 420,
            "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74"
            + "020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437"
            + "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed"
            + "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf05"
            + "98da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb"
            + "9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b"
            + "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf695581718"
            + "3995497cea956ae515d2261898fa051015728e5a8aaac42dad33170d04507a33"
            + "a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7"
            + "abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864"
            + "d87602733ec86a64521f2b18177b200cbbe117577a615d6c770988c0bad946e2"
            + "08e24fa074e5ab3143db5bfce0fd108e4b82d120a93ad2caffffffffffffffff",
            "02",
            null),
    /** RFC 3526 §5. */
    MODP_4096_BIT(16, 480,
            "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74"
            + "020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437"
            + "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed"
            + "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf05"
            + "98da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb"
            + "9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b"
            + "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf695581718"
            + "3995497cea956ae515d2261898fa051015728e5a8aaac42dad33170d04507a33"
            + "a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7"
            + "abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864"
            + "d87602733ec86a64521f2b18177b200cbbe117577a615d6c770988c0bad946e2"
            + "08e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7"
            + "88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8"
            + "dbbbc2db04de8ef92e8efc141fbecaa6287c59474e6bc05d99b2964fa090c3a2"
            + "233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa9"
            + "93b4ea988d8fddc186ffb7dc90a6c08f4df435c934063199ffffffffffffffff",
            "02",
            null),
    /** RFC 3526 §6. */
    MODP_6144_BIT(17, 540,
            "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74"
            + "020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437"
            + "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed"
            + "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf05"
            + "98da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb"
            + "9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b"
            + "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf695581718"
            + "3995497cea956ae515d2261898fa051015728e5a8aaac42dad33170d04507a33"
            + "a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7"
            + "abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864"
            + "d87602733ec86a64521f2b18177b200cbbe117577a615d6c770988c0bad946e2"
            + "08e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7"
            + "88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8"
            + "dbbbc2db04de8ef92e8efc141fbecaa6287c59474e6bc05d99b2964fa090c3a2"
            + "233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa9"
            + "93b4ea988d8fddc186ffb7dc90a6c08f4df435c93402849236c3fab4d27c7026"
            + "c1d4dcb2602646dec9751e763dba37bdf8ff9406ad9e530ee5db382f413001ae"
            + "b06a53ed9027d831179727b0865a8918da3edbebcf9b14ed44ce6cbaced4bb1b"
            + "db7f1447e6cc254b332051512bd7af426fb8f401378cd2bf5983ca01c64b92ec"
            + "f032ea15d1721d03f482d7ce6e74fef6d55e702f46980c82b5a84031900b1c9e"
            + "59e7c97fbec7e8f323a97a7e36cc88be0f1d45b7ff585ac54bd407b22b4154aa"
            + "cc8f6d7ebf48e1d814cc5ed20f8037e0a79715eef29be32806a1d58bb7c5da76"
            + "f550aa3d8a1fbff0eb19ccb1a313d55cda56c9ec2ef29632387fe8d76e3c0468"
            + "043e8f663f4860ee12bf2d5b0b7474d6e694f91e6dcc4024ffffffffffffffff",
            "02",
            null),
    /** RFC 3526 §7. */
    MODP_8192_BIT(18, 620,
            "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74"
            + "020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437"
            + "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed"
            + "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf05"
            + "98da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb"
            + "9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b"
            + "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf695581718"
            + "3995497cea956ae515d2261898fa051015728e5a8aaac42dad33170d04507a33"
            + "a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7"
            + "abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864"
            + "d87602733ec86a64521f2b18177b200cbbe117577a615d6c770988c0bad946e2"
            + "08e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7"
            + "88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8"
            + "dbbbc2db04de8ef92e8efc141fbecaa6287c59474e6bc05d99b2964fa090c3a2"
            + "233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa9"
            + "93b4ea988d8fddc186ffb7dc90a6c08f4df435c93402849236c3fab4d27c7026"
            + "c1d4dcb2602646dec9751e763dba37bdf8ff9406ad9e530ee5db382f413001ae"
            + "b06a53ed9027d831179727b0865a8918da3edbebcf9b14ed44ce6cbaced4bb1b"
            + "db7f1447e6cc254b332051512bd7af426fb8f401378cd2bf5983ca01c64b92ec"
            + "f032ea15d1721d03f482d7ce6e74fef6d55e702f46980c82b5a84031900b1c9e"
            + "59e7c97fbec7e8f323a97a7e36cc88be0f1d45b7ff585ac54bd407b22b4154aa"
            + "cc8f6d7ebf48e1d814cc5ed20f8037e0a79715eef29be32806a1d58bb7c5da76"
            + "f550aa3d8a1fbff0eb19ccb1a313d55cda56c9ec2ef29632387fe8d76e3c0468"
            + "043e8f663f4860ee12bf2d5b0b7474d6e694f91e6dbe115974a3926f12fee5e4"
            + "38777cb6a932df8cd8bec4d073b931ba3bc832b68d9dd300741fa7bf8afc47ed"
            + "2576f6936ba424663aab639c5ae4f5683423b4742bf1c978238f16cbe39d652d"
            + "e3fdb8befc848ad922222e04a4037c0713eb57a81a23f0c73473fc646cea306b"
            + "4bcbc8862f8385ddfa9d4b7fa2c087e879683303ed5bdd3a062b3cf5b3a278a6"
            + "6d2a13f83f44f82ddf310ee074ab6a364597e899a0255dc164f31cc50846851d"
            + "f9ab48195ded7ea1b1d510bd7ee74d73faf36bc31ecfa268359046f4eb879f92"
            + "4009438b481c6cd7889a002ed5ee382bc9190da6fc026e479558e4475677e9aa"
            + "9e3050e2765694dfc81f56e880b96e7160c980dd98edd3dfffffffffffffffff",
            "02",
            null),
    /** RFC 5114 §2.1. */
    MODP_1024_160(22, 0,
            "b10b8f96a080e01dde92de5eae5d54ec52c99fbcfb06a3c69a6a9dca52d23b61"
            + "6073e28675a23d189838ef1e2ee652c013ecb4aea906112324975c3cd49b83bf"
            + "accbdd7d90c4bd7098488e9c219a73724effd6fae5644738faa31a4ff55bccc0"
            + "a151af5f0dc8b4bd45bf37df365c1a65e68cfda76d4da708df1fb2bc2e4a4371",
            "a4d1cbd5c3fd34126765a442efb99905f8104dd258ac507fd6406cff14266d31"
            + "266fea1e5c41564b777e690f5504f213160217b4b01b886a5e91547f9e2749f4"
            + "d7fbd7d3b9a92ee1909d0d2263f80a76a6a24c087a091f531dbf0a0169b6a28a"
            + "d662a4d18e73afa32d779d5918d08bc8858f4dcef97c2a24855e6eeb22b3b2e5",
            "f518aa8781a8df278aba4e7d64b7cb9d49462353"),
    /** RFC 5114 §2.2. */
    MODP_2048_224(23, 0,
            "ad107e1e9123a9d0d660faa79559c51fa20d64e5683b9fd1b54b1597b61d0a75"
            + "e6fa141df95a56dbaf9a3c407ba1df15eb3d688a309c180e1de6b85a1274a0a6"
            + "6d3f8152ad6ac2129037c9edefda4df8d91e8fef55b7394b7ad5b7d0b6c12207"
            + "c9f98d11ed34dbf6c6ba0b2c8bbc27be6a00e0a0b9c49708b3bf8a3170918836"
            + "81286130bc8985db1602e714415d9330278273c7de31efdc7310f7121fd5a074"
            + "15987d9adc0a486dcdf93acc44328387315d75e198c641a480cd86a1b9e587e8"
            + "be60e69cc928b2b9c52172e413042e9b23f10b0e16e79763c9b53dcf4ba80a29"
            + "e3fb73c16b8e75b97ef363e2ffa31f71cf9de5384e71b81c0ac4dffe0c10e64f",
            "ac4032ef4f2d9ae39df30b5c8ffdac506cdebe7b89998caf74866a08cfe4ffe3"
            + "a6824a4e10b9a6f0dd921f01a70c4afaab739d7700c29f52c57db17c620a8652"
            + "be5e9001a8d66ad7c17669101999024af4d027275ac1348bb8a762d0521bc98a"
            + "e247150422ea1ed409939d54da7460cdb5f6c6b250717cbef180eb34118e98d1"
            + "19529a45d6f834566e3025e316a330efbb77a86f0c1ab15b051ae3d428c8f8ac"
            + "b70a8137150b8eeb10e183edd19963ddd9e263e4770589ef6aa21e7f5f2ff381"
            + "b539cce3409d13cd566afbb48d6c019181e1bcfe94b30269edfe72fe9b6aa4bd"
            + "7b5a0f1c71cfff4c19c418e1f6ec017981bc087f2a7065b384b890d3191f2bfa",
            "801c0d34c58d93fe997177101f80535a4738cebcbf389a99b36371eb"),
    /** RFC 5114 §2.3. */
    MODP_2048_256(24, 0,
            "87a8e61db4b6663cffbbd19c651959998ceef608660dd0f25d2ceed4435e3b00"
            + "e00df8f1d61957d4faf7df4561b2aa3016c3d91134096faa3bf4296d830e9a7c"
            + "209e0c6497517abd5a8a9d306bcf67ed91f9e6725b4758c022e0b1ef4275bf7b"
            + "6c5bfc11d45f9088b941f54eb1e59bb8bc39a0bf12307f5c4fdb70c581b23f76"
            + "b63acae1caa6b7902d52526735488a0ef13c6d9a51bfa4ab3ad8347796524d8e"
            + "f6a167b5a41825d967e144e5140564251ccacb83e6b486f6b3ca3f7971506026"
            + "c0b857f689962856ded4010abd0be621c3a3960a54e710c375f26375d7014103"
            + "a4b54330c198af126116d2276e11715f693877fad7ef09cadb094ae91e1a1597",
            "3fb32c9b73134d0b2e77506660edbd484ca7b18f21ef205407f4793a1a0ba125"
            + "10dbc15077be463fff4fed4aac0bb555be3a6c1b0c6b47b1bc3773bf7e8c6f62"
            + "901228f8c28cbb18a55ae31341000a650196f931c77a57f2ddf463e5e9ec144b"
            + "777de62aaab8a8628ac376d282d6ed3864e67982428ebc831d14348f6f2f9193"
            + "b5045af2767164e1dfc967c1fb3f2e55a4bd1bffe83b9c80d052b985d182ea0a"
            + "db2a3b7313d3fe14c8484b1e052588b9b7d2bbd2df016199ecd06e1557cd0915"
            + "b3353bbb64e0ec377fd028370df92b52c7891428cdc67eb6184b523d1db246c3"
            + "2f63078490f00ef8d647d148d47954515e2327cfef98c582664b4c0f6cc41659",
            "8cf83642a709a097b447997640129da299b1a47d1eb3750ba308b0fe64f5fbd3");

    private static final Map<Integer, ModpGroup> BY_ID =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(ModpGroup::id, Function.identity()));

    /** IANA key exchange method number. */
    public final int id;
    /** Private exponent bits (see the class comment); 0 for the RFC 5114 groups. */
    public final int exponentBits;
    /** The prime. */
    public final BigInteger p;
    /** The generator. */
    public final BigInteger g;
    /** Subgroup order for the RFC 5114 groups, null for the safe-prime groups. */
    public final BigInteger q;

    ModpGroup(int id, int exponentBits, String p, String g, String q) {
        this.id = id;
        this.exponentBits = exponentBits;
        this.p = new BigInteger(p, 16);
        this.g = new BigInteger(g, 16);
        this.q = q == null ? null : new BigInteger(q, 16);
    }

    /** {@return the IANA key exchange method number} */
    public int id() {
        return id;
    }

    /** {@return the octets of the prime: the length of public values and shared secrets (RFC 7296 §2.14)} */
    public int length() {
        return (p.bitLength() + 7) / 8;
    }

    /**
     * The MODP group with IANA number {@code id}.
     *
     * @param id the key exchange method number
     * @return the group, or empty when {@code id} is no MODP group
     */
    public static Optional<ModpGroup> of(int id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
