package org.maillage.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maillage.validation.Validator;
import org.maillage.validation.internal.SchemaExpectations.Expectation;

/** Issue 15 item 3: what the bundled schemas expect, in the words of the domain. */
class SchemaExpectationsTest {

    static final SchemaExpectations BUNDLED = new SchemaExpectations(Validator.SCHEMA_BASE, Validator.SCHEMA_DIR,
            SchemaExpectationsTest.class.getClassLoader());

    static Expectation at(String fileAndPointer) {
        return BUNDLED.at(Validator.SCHEMA_BASE + fileAndPointer).orElse(null);
    }

    @Test
    void at_aMemberOfAnOpenCodelist_isAValueOfThatList_notAnObject() {
        assertThat(at("facility.schema.json#/properties/category/type")).isEqualTo(new Expectation(
                "a value of the codelist 'finess-category' (an object naming the list and the code)",
                "une valeur de la liste de codes « finess-category » (un objet qui nomme la liste et le code)"));
        assertThat(at("common.schema.json#/$defs/finess-category/type")).isEqualTo(at("facility.schema.json#/properties/category/type"));
        assertThat(at("common.schema.json#/$defs/CodeRef/type")).extracting(Expectation::fr)
                .isEqualTo("une valeur d'une liste de codes (un objet qui nomme la liste et le code)");
    }

    @Test
    void at_aMemberOfAClosedList_isACode_andAListOfThem_aListOfCodes() {
        assertThat(at("contract.schema.json#/properties/kind/type")).isEqualTo(new Expectation("a code", "un code"));
        assertThat(at("contract.schema.json#/$defs/ContractAxis/properties/themes/type"))
                .isEqualTo(new Expectation("a list of codes", "une liste de codes"));
    }

    @Test
    void at_aDateMember_isADate() {
        assertThat(at("facility.schema.json#/properties/validFrom/type"))
                .isEqualTo(new Expectation("a date (YYYY-MM-DD)", "une date (AAAA-MM-JJ)"));
        assertThat(at("dataset.schema.json#/properties/issued/type")).extracting(Expectation::fr).isEqualTo("une date et heure");
    }

    @Test
    void at_otherMembers_keepTheirJsonType() {
        assertThat(at("facility.schema.json#/properties/name/type")).isNull();
        assertThat(at("facility.schema.json#/properties/identifiers/type")).as("a list of objects that are no codes").isNull();
        assertThat(at("facility.schema.json#/properties/nothing/type")).isNull();
        assertThat(at("missing.schema.json#/properties/name/type")).isNull();
        assertThat(BUNDLED.at("https://elsewhere.example/facility.schema.json#/properties/category/type")).isEmpty();
        assertThat(BUNDLED.at(Validator.SCHEMA_BASE + "facility.schema.json")).isEmpty();
    }
}
