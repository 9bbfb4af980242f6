package io.ike4j.vectors.v2;

import java.util.List;
import java.util.Map;

/**
 * The IKEv2 one-liners strongSwan's charon logged on alice (127.0.0.1) in each capture scenario, in log
 * order, prefixed "generating" (sent by alice) or "parsed" (received). Extracted with
 * {@code zcat alice.log.gz | grep -E 'generating|parsed'} from shared/peers/captures/<scenario>/alice.log.gz
 * (the logs themselves are not copied into vectors/peers-captures); IKEv1 lines dropped.
 */
final class CharonLogLines {
    private CharonLogLines() {
    }

    static final Map<String, List<String>> ALICE = Map.of(
            "v2-ecdsa", List.of(
                    "generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(HASH_ALG) N(REDIR_SUP) ]",
                    "parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) CERTREQ N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]",
                    "generating IKE_AUTH request 1 [ IDi CERT N(INIT_CONTACT) CERTREQ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]",
                    "parsed IKE_AUTH response 1 [ IDr CERT AUTH N(ESP_TFC_PAD_N) SA TSi TSr ]",
                    "generating INFORMATIONAL request 2 [ D ]",
                    "parsed INFORMATIONAL response 2 [ ]"),
            "v2-psk-gcm-ecp384", List.of(
                    "generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]",
                    "parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) CERTREQ N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]",
                    "generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) CERTREQ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]",
                    "parsed IKE_AUTH response 1 [ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr ]",
                    "generating INFORMATIONAL request 2 [ D ]",
                    "parsed INFORMATIONAL response 2 [ ]"),
            "v2-psk-lifecycle", List.of(
                    "generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]",
                    "parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) CERTREQ N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]",
                    "generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) CERTREQ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]",
                    "parsed IKE_AUTH response 1 [ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr ]",
                    "generating CREATE_CHILD_SA request 2 [ N(REKEY_SA) N(ESP_TFC_PAD_N) SA No KE TSi TSr ]",
                    "generating CREATE_CHILD_SA request 2 [ EF(1/2) ]",
                    "generating CREATE_CHILD_SA request 2 [ EF(2/2) ]",
                    "parsed CREATE_CHILD_SA response 2 [ N(ESP_TFC_PAD_N) SA No KE TSi TSr ]",
                    "generating INFORMATIONAL request 3 [ D ]",
                    "parsed INFORMATIONAL response 3 [ D ]",
                    "generating CREATE_CHILD_SA request 4 [ SA No KE ]",
                    "parsed CREATE_CHILD_SA response 4 [ SA No KE ]",
                    "generating INFORMATIONAL request 5 [ D ]",
                    "parsed INFORMATIONAL response 5 [ ]",
                    "generating INFORMATIONAL request 0 [ ]",
                    "parsed INFORMATIONAL response 0 [ ]",
                    "generating INFORMATIONAL request 1 [ ]",
                    "parsed INFORMATIONAL response 1 [ ]",
                    "generating INFORMATIONAL request 2 [ ]",
                    "parsed INFORMATIONAL response 2 [ ]",
                    "generating INFORMATIONAL request 3 [ D ]",
                    "parsed INFORMATIONAL response 3 [ D ]",
                    "generating INFORMATIONAL request 4 [ D ]",
                    "parsed INFORMATIONAL response 4 [ ]"),
            "v2-psk-modp2048", List.of(
                    "generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]",
                    "parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) CERTREQ N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]",
                    "generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) CERTREQ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]",
                    "parsed IKE_AUTH response 1 [ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr ]",
                    "generating INFORMATIONAL request 2 [ D ]",
                    "parsed INFORMATIONAL response 2 [ ]"),
            "v2-psk-x25519", List.of(
                    "generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]",
                    "parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) CERTREQ N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]",
                    "generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) CERTREQ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]",
                    "parsed IKE_AUTH response 1 [ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr ]",
                    "generating INFORMATIONAL request 2 [ D ]",
                    "parsed INFORMATIONAL response 2 [ ]"),
            "v2-rsa-frag", List.of(
                    "generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]",
                    "parsed IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) CERTREQ N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]",
                    "generating IKE_AUTH request 1 [ IDi CERT N(INIT_CONTACT) CERTREQ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]",
                    "generating IKE_AUTH request 1 [ EF(1/4) ]",
                    "generating IKE_AUTH request 1 [ EF(2/4) ]",
                    "generating IKE_AUTH request 1 [ EF(3/4) ]",
                    "generating IKE_AUTH request 1 [ EF(4/4) ]",
                    "parsed IKE_AUTH response 1 [ EF(1/4) ]",
                    "parsed IKE_AUTH response 1 [ EF(2/4) ]",
                    "parsed IKE_AUTH response 1 [ EF(3/4) ]",
                    "parsed IKE_AUTH response 1 [ EF(4/4) ]",
                    "parsed IKE_AUTH response 1 [ IDr CERT AUTH N(ESP_TFC_PAD_N) SA TSi TSr ]",
                    "generating INFORMATIONAL request 2 [ D ]",
                    "parsed INFORMATIONAL response 2 [ ]"),
            "libreswan", List.of(
                    "generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]",
                    "parsed IKE_SA_INIT response 0 [ SA KE No N(FRAG_SUP) N(NATD_S_IP) N(NATD_D_IP) N(CHDLESS_SUP) ]",
                    "generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) CERTREQ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]",
                    "parsed IKE_AUTH response 1 [ IDr AUTH N(TS_UNACCEPT) ]",
                    "generating INFORMATIONAL request 2 [ D ]",
                    "parsed INFORMATIONAL response 2 [ ]"));
}
