package org.maillage.validation.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.codelist.OrganizationKind;
import org.maillage.core.codelist.PartyRole;
import org.maillage.core.model.Amendment;
import org.maillage.core.model.Contract;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.EntityFamily;
import org.maillage.validation.internal.Periods;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.EntityRule;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.RuleContext;

/** Regulatory rules on contracts: who signs a CLS, and the coherence of signature and amendment dates. */
final class ContractRules {
    private ContractRules() {}

    /**
     * CSP L1434-10: the ARS concludes a CLS, so it (or its délégation départementale, to which the DG
     * ARS delegates his signature) signs it. The collectivités are named « notamment »: one missing
     * is rule.cls-collectivity-signatory, a warning.
     */
    static final class ClsSignatories extends EntityRule<Contract> {
        ClsSignatories() {
            super("rule.cls-signatories", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            if (!RuleSupport.isCls(c.kind()) || c.status() == ContractStatus.DRAFT) {
                return;
            }
            for (ContractParty p : c.parties()) {
                OrganizationKind k = RuleSupport.organizationKind(dataset, p.organization());
                if (p.role() == PartyRole.SIGNATORY && (k == OrganizationKind.ARS || k == OrganizationKind.ARS_DELEGATION)) {
                    return;
                }
            }
            context.report(entry, "/parties", Map.of("contract", c.id(), "contractName", c.title()));
        }
    }

    /** A signatory signs before or on the first day of the contract's period. */
    static final class SignedBeforeStart extends EntityRule<Contract> {
        SignedBeforeStart() {
            super("rule.contract-signed-before-start", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            if (c.validFrom() == null) {
                return;
            }
            for (int i = 0; i < c.parties().size(); i++) {
                ContractParty p = c.parties().get(i);
                if (p.role() == PartyRole.SIGNATORY && p.signatureDate() != null && p.signatureDate().isAfter(c.validFrom())) {
                    context.report(entry, "/parties/" + i + "/signatureDate", Map.of("party", p.organization(),
                            "contract", c.id(), "signed", p.signatureDate().toString(), "start", c.validFrom().toString()));
                }
            }
        }
    }

    /** A signatory of a contract past the draft stage has a signature date. */
    static final class SignatoryDated extends EntityRule<Contract> {
        SignatoryDated() {
            super("rule.signatory-dated", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            if (c.status() == ContractStatus.DRAFT) {
                return;
            }
            for (int i = 0; i < c.parties().size(); i++) {
                ContractParty p = c.parties().get(i);
                if (p.role() == PartyRole.SIGNATORY && p.signatureDate() == null) {
                    context.report(entry, "/parties/" + i, Map.of("party", p.organization(), "contract", c.id(),
                            "status", c.status().code()));
                }
            }
        }
    }

    /** Amendments are dated within the contract's period. */
    static final class AmendmentWithinPeriod extends EntityRule<Contract> {
        AmendmentWithinPeriod() {
            super("rule.amendment-within-period", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            for (int i = 0; i < c.amendments().size(); i++) {
                Amendment a = c.amendments().get(i);
                if (!c.isValidAt(a.signatureDate())) {
                    context.report(entry, "/amendments/" + i + "/signatureDate", Map.of("number",
                            Integer.toString(a.number()), "contract", c.id(), "date", a.signatureDate().toString(),
                            "period", Periods.format(c.validFrom(), c.validTo())));
                }
            }
        }
    }

    /** Amendments are numbered 1..n without gaps or repeats, in the order they are signed. */
    static final class AmendmentNumbering extends EntityRule<Contract> {
        AmendmentNumbering() {
            super("rule.amendment-numbering", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            List<Integer> numbers = c.amendments().stream().map(Amendment::number).sorted().toList();
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i) != i + 1) {
                    context.report(entry, "/amendments", Map.of("contract", c.id(), "numbers",
                            numbers.toString(), "count", Integer.toString(numbers.size())));
                    break;
                }
            }
        }
    }

    /** Amendment dates follow their numbers. */
    static final class AmendmentOrder extends EntityRule<Contract> {
        AmendmentOrder() {
            super("rule.amendment-order", Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entry, Contract c, RuleContext context) {
            List<Amendment> list = c.amendments();
            Map<Amendment, Integer> position = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                position.putIfAbsent(list.get(i), i);
            }
            List<Amendment> byNumber = new ArrayList<>(position.keySet());
            byNumber.sort(Comparator.comparingInt(Amendment::number));
            for (int i = 1; i < byNumber.size(); i++) {
                Amendment prev = byNumber.get(i - 1);
                Amendment a = byNumber.get(i);
                if (a.number() != prev.number() && a.signatureDate().isBefore(prev.signatureDate())) {
                    context.report(entry, "/amendments/" + position.get(a) + "/signatureDate", Map.of("number",
                            Integer.toString(a.number()), "contract", c.id(), "date", a.signatureDate().toString(),
                            "previous", Integer.toString(prev.number()), "previousDate", prev.signatureDate().toString()));
                }
            }
        }
    }
}
