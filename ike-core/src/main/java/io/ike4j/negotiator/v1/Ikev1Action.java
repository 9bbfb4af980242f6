package io.ike4j.negotiator.v1;

/** A row's action: runs on the ISAKMP SA, and for quick-mode rows on one of its nodes (null for phase-1 rows). */
@FunctionalInterface
interface Ikev1Action {
    Step run(Ikev1Core core, IsakmpSa sa, QuickMode node);
}
