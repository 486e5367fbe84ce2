package org.maillage.validation.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.model.Contract;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.validation.Finding;
import org.maillage.validation.Layer;
import org.maillage.validation.Priority;
import org.maillage.validation.Report;
import org.maillage.validation.RuleDefinition;
import org.maillage.validation.Severity;
import org.maillage.validation.TestPacks;
import org.maillage.validation.Validator;

class EntityRuleTest {

    private static final RuleDefinition SEEN = new RuleDefinition("rule.test-seen", Layer.RULES, Severity.INFO,
            Priority.PERMITTED, "seen '{contract}'", "vu « {contract} »", "Nothing to do.", "Rien à faire.", "test");

    private static RulePack packOf(Rule rule) {
        return TestPacks.of(rule, SEEN);
    }

    @Test
    void entityRule_readsItsFamilyOnly_andChecksEachEntityOnce_withItsTypedRecord() {
        List<String> seen = new ArrayList<>();
        EntityRule<Contract> rule = new EntityRule<>(SEEN.id(), Contract.class) {
            @Override
            protected void check(DatasetView dataset, IndexedEntity entity, Contract contract, RuleContext context) {
                seen.add(entity.id() + " " + contract.title());
                context.report(entity, "/title", Map.of("contract", contract.id()));
            }
        };
        assertThat(rule.id()).isEqualTo("rule.test-seen");
        assertThat(rule.reads()).containsExactly(EntityFamily.CONTRACTS);
        Dataset d = Dataset.of(DatasetHeader.of("x", "x").withDates(null, LocalDate.of(2026, 1, 1)), List.of(
                Contract.builder("cls-a", ContractKind.CLS, ContractStatus.DRAFT, "CLS A").build(),
                Contract.builder("cls-b", ContractKind.CLS, ContractStatus.DRAFT, "CLS B").build()));
        Report r = Validator.builder().profile("test").rulePack(packOf(rule)).build().validate(d);
        assertThat(seen).containsExactly("cls-a CLS A", "cls-b CLS B");
        assertThat(r.findings("rule.test-seen")).extracting(Finding::pointer, Finding::messageFr)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/contracts/0/title", "vu « CLS A (cls-a) »"),
                        org.assertj.core.groups.Tuple.tuple("/contracts/1/title", "vu « CLS B (cls-b) »"));
    }

    @Test
    void entityRule_refusesATypeThatIsTheRecordOfNoFamily() {
        assertThatThrownBy(() -> new EntityRule<Entity>("rule.test-seen", Entity.class) {
            @Override
            protected void check(DatasetView dataset, IndexedEntity entity, Entity model, RuleContext context) {
                // never called
            }
        }).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("org.maillage.core.model.Entity is the record type of no entity family");
    }

    @Test
    void ruleReportingOnAnEntityItWasNotGiven_isABugOfTheRule_saidAsSuch() {
        Rule rogue = new Rule() {
            @Override
            public String id() {
                return SEEN.id();
            }

            @Override
            public void check(DatasetView dataset, RuleContext context) {
                IndexedEntity made = (IndexedEntity) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {IndexedEntity.class}, (proxy, method, args) -> method.getName().equals("id") ? "cls-a"
                                : method.getName().equals("toString") ? "a made-up entity" : null);
                context.report(made, "", Map.of("contract", "cls-a"));
            }
        };
        Dataset d = Dataset.of(DatasetHeader.of("x", "x").withDates(null, LocalDate.of(2026, 1, 1)), List.of(
                Contract.builder("cls-a", ContractKind.CLS, ContractStatus.DRAFT, "CLS A").build()));
        Validator v = Validator.builder().profile("test").rulePack(packOf(rogue)).build();
        assertThatThrownBy(() -> v.validate(d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rule reported on a made-up entity, which is not an entity of the dataset it checks");
    }
}
