package io.ike4j.negotiator.v1;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.negotiator.KeyEngine;
import io.ike4j.negotiator.proposal.Phase2Proposals;
import io.ike4j.sa.ChildSa;

import java.util.List;

/**
 * Quick Mode KEYMAT (RFC 2409 §5.5): one per direction, each keyed by the SPI of the SA it protects (the inbound SA's
 * SPI is ours), KEYMAT = prf(SKEYID_d, [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b) expanded; the cipher key first,
 * then the authentication key (RFC 2407 §4.5; AES-GCM's salt with its key, RFC 4106 §8.1). The pair goes to the
 * {@link KeyEngine} (IOS: "Creating IPSec SAs").
 */
final class Keymat {
    private Keymat() {
    }

    static ChildSa derive(Ikev1Core core, IsakmpSa sa, QuickMode q) {
        CryptoProvider crypto = core.crypto;
        Phase2Proposals.Suite s = q.chosen;
        int encrLen = crypto.isAead(s.espId()) ? crypto.aeadCipher(s.espId(), s.keyBits()).keyMaterialLength()
                : crypto.cipher(s.espId(), s.keyBits()).keyMaterialLength();
        int integ = Oakley.espInteg(s.auth());
        int integLen = integ == 0 ? 0 : crypto.integrity(integ).keyLength();
        byte[] ni = q.ni.toByteArray();
        byte[] nr = q.nr.toByteArray();
        SecretBytes in = sa.kdf.quickModeKeymat(sa.keys.skeyidD(), q.pfsSecret, 3, q.inboundSpi.toByteArray(), ni, nr,
                encrLen + integLen);
        SecretBytes out = sa.kdf.quickModeKeymat(sa.keys.skeyidD(), q.pfsSecret, 3, q.outboundSpi.toByteArray(), ni, nr,
                encrLen + integLen);
        try {
            boolean transport = s.encapsulation() == Phase2Proposals.TRANSPORT
                    || s.encapsulation() == Phase2Proposals.UDP_TRANSPORT;
            return new ChildSa(sa.saId, q.role, q.inboundSpi, q.outboundSpi, transport, s.espId(), s.keyBits(), integ, 0,
                    s.group(), List.of(q.localTs), List.of(q.remoteTs), in.slice(0, encrLen), in.slice(encrLen, integLen),
                    out.slice(0, encrLen), out.slice(encrLen, integLen), (int) s.lifeSeconds(), s.lifeKilobytes());
        } finally {
            in.destroy();
            out.destroy();
        }
    }

    /** Derives and installs the pair; the node completes and its working memory goes. */
    static void install(Ikev1Core core, IsakmpSa sa, QuickMode q) {
        ChildSa child = derive(core, sa, q);
        q.child = child;
        q.freeWork();
        core.keyEngine.install(child, new KeyEngine.Completion() {
            @Override
            public void installed() {
                core.childUp(sa, child);
            }

            @Override
            public void failed(String reason) {
                Ikev1Core.LOG.warn("ISAKMP: ({}): IPsec SA install failed: {}", sa.connId(), reason);
                q.child = null;
                child.destroy();
            }
        });
        q.lingerUntil = core.now.plus(core.nodeLinger);
        if (child.lifetimeSeconds() > 0) {
            q.hardAt = core.now.plusSeconds(child.lifetimeSeconds());
            if (q.role == io.ike4j.sm.Role.INITIATOR) {
                q.softAt = core.now.plusMillis(child.lifetimeSeconds() * 900L); // rekey at 90% (a new Quick Mode)
            }
        }
    }
}
