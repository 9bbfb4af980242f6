package io.ike4j.vectors.interop;

/**
 * One row of the issue 4 interop matrix: the IKE proposal (strongSwan syntax, as the swanctl.conf connections
 * name it), the ESP transform set in IOS syntax for ike4j, and what charon must report for the negotiated
 * SA ({@code swanctl --list-sas} names) plus the ESP key lengths (GCM: key + 4-octet salt, RFC 4106 §8.1).
 */
record InteropCase(String ikeProposal, String iosEsp, String encr, int keySize, String integ, String prf,
                   String dh, String espEncr, String espInteg, int espEncrKeyLen, int espIntegKeyLen) {

    static final InteropCase MODP2048 = new InteropCase("aes128-sha256-modp2048", "esp-aes 128 esp-sha256-hmac",
            "AES_CBC", 128, "HMAC_SHA2_256_128", "PRF_HMAC_SHA2_256", "MODP_2048", "AES_CBC", "HMAC_SHA2_256_128", 16, 32);
    static final InteropCase GCM_ECP384 = new InteropCase("aes256gcm16-prfsha384-ecp384", "esp-gcm 256",
            "AES_GCM_16", 256, "", "PRF_HMAC_SHA2_384", "ECP_384", "AES_GCM_16", "", 36, 0);
    static final InteropCase X25519 = new InteropCase("aes128-sha256-x25519", "esp-aes 128 esp-sha256-hmac",
            "AES_CBC", 128, "HMAC_SHA2_256_128", "PRF_HMAC_SHA2_256", "CURVE_25519", "AES_CBC", "HMAC_SHA2_256_128", 16, 32);
    static final InteropCase ECP256_GCM128 = new InteropCase("aes128-sha256-ecp256", "esp-gcm 128",
            "AES_CBC", 128, "HMAC_SHA2_256_128", "PRF_HMAC_SHA2_256", "ECP_256", "AES_GCM_16", "", 20, 0);

    @Override
    public String toString() {
        return ikeProposal;
    }
}
