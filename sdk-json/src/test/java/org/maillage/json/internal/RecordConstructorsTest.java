package org.maillage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.maillage.core.InvalidDataException;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Territory;
import org.maillage.core.testkit.ModelGenerator;
import org.maillage.core.testkit.Seeds;
import org.maillage.json.MaillageJson;
import org.maillage.json.MissingMemberException;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.json.JsonMapper;

/** Records created by reflection instead of Jackson's invokeWithArguments, failing as Jackson fails. */
class RecordConstructorsTest {

    private static final JsonMapper PLAIN = MaillageJson.mapper();
    private static final JsonMapper DIRECT = PLAIN.rebuild().addModule(RecordConstructors.module()).build();

    private static ValueInstantiator instantiatorOf(JsonMapper m, Class<?> type) {
        var d = m._deserializationContext().findRootValueDeserializer(m.constructType(type));
        return ((ValueInstantiator.Gettable) d).getValueInstantiator();
    }

    @Test
    void modelRecords_areCreatedByTheirConstructorDirectly() {
        assertThat(instantiatorOf(DIRECT, Territory.class)).isInstanceOf(RecordConstructors.Direct.class);
        assertThat(instantiatorOf(DIRECT, DatasetHeader.class)).isInstanceOf(RecordConstructors.Direct.class);
        assertThat(instantiatorOf(PLAIN, Territory.class)).isNotInstanceOf(RecordConstructors.Direct.class);
    }

    @Test
    void bind_givesTheRecordJacksonGives_forEveryFamily() {
        Seeds.check(60, c -> {
            Dataset d = new ModelGenerator(c).dataset();
            for (EntityFamily f : EntityFamily.values()) {
                for (Entity e : d.entities(f)) {
                    String json = PLAIN.writeValueAsString(e);
                    assertThat(DIRECT.readValue(json, e.getClass())).isEqualTo(PLAIN.readValue(json, e.getClass())).isEqualTo(e);
                }
            }
        });
    }

    @Test
    void aConstructorThatRefuses_failsWithJacksonsOwnException() {
        String noKind = "{\"id\": \"t-1\", \"code\": \"09122\", \"name\": \"Foix\"}";
        Throwable plain = catchFailure(PLAIN, noKind);
        Throwable direct = catchFailure(DIRECT, noKind);
        assertThat(direct).isExactlyInstanceOf(plain.getClass()).hasMessage(plain.getMessage());
        assertThat(direct.getCause()).isExactlyInstanceOf(plain.getCause().getClass()).hasMessage("kind");
        assertThatThrownBy(() -> StreamingReader.standard().readString(
                "{\"schemaVersion\": \"1.0.0\", \"id\": \"d\", \"territories\": [" + noKind + "]}"))
                .isInstanceOf(MissingMemberException.class)
                .isInstanceOf(InvalidDataException.class);
    }

    private static Throwable catchFailure(JsonMapper m, String json) {
        try {
            m.readValue(json, Territory.class);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("bound: " + json);
    }
}
