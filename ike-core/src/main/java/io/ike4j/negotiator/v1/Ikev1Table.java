package io.ike4j.negotiator.v1;

import io.ike4j.sm.StateTable;
import io.ike4j.sm.v1.Ikev1Input;
import io.ike4j.sm.v1.Ikev1State;

import static io.ike4j.sm.v1.Ikev1Input.IKE_AM_EXCH;
import static io.ike4j.sm.v1.Ikev1Input.IKE_GOT_SPI;
import static io.ike4j.sm.v1.Ikev1Input.IKE_INFO_DELETE;
import static io.ike4j.sm.v1.Ikev1Input.IKE_INFO_NOTIFY;
import static io.ike4j.sm.v1.Ikev1Input.IKE_INIT_QM;
import static io.ike4j.sm.v1.Ikev1Input.IKE_MM_EXCH;
import static io.ike4j.sm.v1.Ikev1Input.IKE_PHASE1_COMPLETE;
import static io.ike4j.sm.v1.Ikev1Input.IKE_PROCESS_COMPLETE;
import static io.ike4j.sm.v1.Ikev1Input.IKE_PROCESS_MAIN_MODE;
import static io.ike4j.sm.v1.Ikev1Input.IKE_QM_EXCH;
import static io.ike4j.sm.v1.Ikev1Input.IKE_SA_REQ_AM;
import static io.ike4j.sm.v1.Ikev1Input.IKE_SA_REQ_MM;
import static io.ike4j.sm.v1.Ikev1Input.IKE_TIMER_EXPIRED;
import static io.ike4j.sm.v1.Ikev1State.*;

/**
 * The whole ISAKMP machine as rows (architecture.md "The table is the whole machine"), in the IOS sequence of
 * ios-reference.md §3: Main Mode of both roles, Aggressive Mode, Quick Mode per node, Informational and the timer as
 * any-state rows. {@code ike states --ike-version 1} prints it.
 */
final class Ikev1Table {
    static final StateTable<Ikev1State, Ikev1Input, Ikev1Action> TABLE = build();

    private Ikev1Table() {
    }

    private static StateTable<Ikev1State, Ikev1Input, Ikev1Action> build() {
        StateTable<Ikev1State, Ikev1Input, Ikev1Action> t = new StateTable<>(Ikev1State.class, Ikev1Input.class);
        // Main Mode initiator (RFC 2409 §5.4)
        t.add(IKE_READY, IKE_SA_REQ_MM, "send MM1 (SA)", MainMode::sendMm1, IKE_I_MM1);
        t.add(IKE_I_MM1, IKE_MM_EXCH, "accept MM2 (SA chosen)", MainMode::acceptMm2, IKE_I_MM2);
        t.add(IKE_I_MM2, IKE_PROCESS_MAIN_MODE, "generate KE, Ni", MainMode::processMm2, IKE_I_MM2);
        t.add(IKE_I_MM2, IKE_PROCESS_COMPLETE, "send MM3 (KE, Ni)", MainMode::sendMm3, IKE_I_MM3);
        t.add(IKE_I_MM3, IKE_MM_EXCH, "accept MM4 (KE, Nr)", MainMode::acceptMm4, IKE_I_MM4);
        t.add(IKE_I_MM4, IKE_PROCESS_MAIN_MODE, "SKEYID, SKEYID_d/a/e", MainMode::processMm4, IKE_I_MM4);
        t.add(IKE_I_MM4, IKE_PROCESS_COMPLETE, "send MM5 (IDii, HASH_I)", MainMode::sendMm5, IKE_I_MM5);
        t.add(IKE_I_MM5, IKE_MM_EXCH, "decrypt MM6, verify HASH_R", MainMode::acceptMm6, IKE_I_MM6);
        t.add(IKE_I_MM6, IKE_PROCESS_MAIN_MODE, "check IDir", MainMode::processMm6, IKE_I_MM6);
        t.add(IKE_I_MM6, IKE_PROCESS_COMPLETE, "phase 1 complete", MainMode::initiatorComplete, IKE_P1_COMPLETE);
        t.add(IKE_P1_COMPLETE, IKE_PHASE1_COMPLETE, "start quick modes", Ikev1Table::startQuickModes, IKE_P1_COMPLETE);
        // Main Mode responder
        t.add(IKE_READY, IKE_MM_EXCH, "accept MM1 (SA offered)", MainMode::acceptMm1, IKE_R_MM1);
        t.add(IKE_R_MM1, IKE_PROCESS_MAIN_MODE, "choose proposal, PSK by address", MainMode::chooseMm1, IKE_R_MM1);
        t.add(IKE_R_MM1, IKE_PROCESS_COMPLETE, "send MM2 (SA)", MainMode::sendMm2, IKE_R_MM2);
        t.add(IKE_R_MM2, IKE_MM_EXCH, "accept MM3 (KE, Ni)", MainMode::acceptMm3, IKE_R_MM3);
        t.add(IKE_R_MM3, IKE_PROCESS_MAIN_MODE, "KE, Nr, SKEYID_d/a/e", MainMode::keysMm3, IKE_R_MM3);
        t.add(IKE_R_MM3, IKE_PROCESS_COMPLETE, "send MM4 (KE, Nr)", MainMode::sendMm4, IKE_R_MM4);
        t.add(IKE_R_MM4, IKE_MM_EXCH, "decrypt MM5, verify HASH_I", MainMode::acceptMm5, IKE_R_MM5);
        t.add(IKE_R_MM5, IKE_PROCESS_MAIN_MODE, "check IDii, INITIAL-CONTACT", MainMode::processMm5, IKE_R_MM5);
        t.add(IKE_R_MM5, IKE_PROCESS_COMPLETE, "send MM6, phase 1 complete", MainMode::sendMm6, IKE_P1_COMPLETE);
        // Aggressive Mode (RFC 2409 §5.4): IOS names IKE_I_AM1, IKE_R_AM1, IKE_R_AM2
        t.add(IKE_READY, IKE_SA_REQ_AM, "send AM1 (SA, KE, Ni, IDii)", AggressiveMode::sendAm1, IKE_I_AM1);
        t.add(IKE_I_AM1, IKE_AM_EXCH, "accept AM2, verify HASH_R", AggressiveMode::acceptAm2, IKE_I_AM1);
        t.add(IKE_I_AM1, IKE_PROCESS_MAIN_MODE, "check IDir", MainMode::processMm6, IKE_I_AM1);
        t.add(IKE_I_AM1, IKE_PROCESS_COMPLETE, "send AM3 (HASH_I), phase 1 complete", AggressiveMode::sendAm3,
                IKE_P1_COMPLETE);
        t.add(IKE_READY, IKE_AM_EXCH, "accept AM1", AggressiveMode::acceptAm1, IKE_R_AM1);
        t.add(IKE_R_AM1, IKE_PROCESS_MAIN_MODE, "choose proposal, KE, Nr, SKEYID", AggressiveMode::chooseAm1, IKE_R_AM1);
        t.add(IKE_R_AM1, IKE_PROCESS_COMPLETE, "send AM2 (SA, KE, Nr, IDir, HASH_R)", AggressiveMode::sendAm2, IKE_R_AM2);
        t.add(IKE_R_AM2, IKE_AM_EXCH, "verify AM3 HASH_I", AggressiveMode::acceptAm3, IKE_R_AM2);
        t.add(IKE_R_AM2, IKE_PROCESS_COMPLETE, "phase 1 complete", AggressiveMode::responderComplete, IKE_P1_COMPLETE);
        // Quick Mode, per node (RFC 2409 §5.5)
        t.add(IKE_QM_READY, IKE_INIT_QM, "send QM1 (HASH(1), SA, Ni, [KE], IDci, IDcr)", QuickModes::sendQm1,
                IKE_QM_I_QM1);
        t.add(IKE_QM_I_QM1, IKE_QM_EXCH, "verify QM2, install, send QM3", QuickModes::qm2, IKE_QM_PHASE2_COMPLETE);
        t.add(IKE_QM_READY, IKE_QM_EXCH, "verify QM1, choose, proxy IDs", QuickModes::qm1, IKE_QM_SPI_STARVE);
        t.add(IKE_QM_SPI_STARVE, IKE_GOT_SPI, "send QM2 (HASH(2), SA, Nr, [KE], IDci, IDcr)", QuickModes::sendQm2,
                IKE_QM_R_QM2);
        t.add(IKE_QM_R_QM2, IKE_QM_EXCH, "verify QM3 HASH(3), install", QuickModes::qm3, IKE_QM_PHASE2_COMPLETE);
        // any state
        t.addAny(IKE_INFO_NOTIFY, "notify (DPD, INITIAL-CONTACT, errors)", Informational::notify);
        t.addAny(IKE_INFO_DELETE, "delete ISAKMP / IPsec SAs", Informational::delete);
        t.addAny(IKE_TIMER_EXPIRED, "retransmit, give up, DPD, lifetimes", Timers::expired);
        return t;
    }

    private static Step startQuickModes(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        for (var p : sa.pendingQuickModes) {
            QuickModes.start(core, sa, p);
        }
        sa.pendingQuickModes.clear();
        return Step.stay(Ikev1Input.IKE_NO_INPUT);
    }
}
