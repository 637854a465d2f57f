package sahelsim.load;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.LocalDate;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.RecordReader;

/**
 * Reads the scenario's records from its checked tree by name, with Jackson. The tree is already typed by the
 * schema, so the mapping coerces nothing: a whole number goes to an int or a long, any number to a double, text
 * to a String, a date's ISO text to a LocalDate, null only to an object. Every key must have its component and
 * every component its key.
 */
public final class RecordsByName implements RecordReader {

    private static final ObjectMapper MAPPER = strict();

    private static ObjectMapper strict() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new SimpleModule().addDeserializer(LocalDate.class, new IsoDate()))
                .build();
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        return mapper;
    }

    @Override
    public <R extends Record> R read(ConfigNode.MapNode section, String path, Class<R> type) {
        try {
            return MAPPER.convertValue(ScenarioText.plain(section), type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the keys of " + (path.isEmpty() ? "the scenario" : path) + " and the "
                    + "components of " + type.getName() + " differ (each key is one component of the same name and "
                    + "type): " + e.getMessage(), e);
        }
    }

    /** A date as the checked tree holds it, YYYY-MM-DD. */
    private static final class IsoDate extends FromStringDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        protected LocalDate _deserialize(String value, DeserializationContext context) {
            return LocalDate.parse(value);
        }
    }
}
