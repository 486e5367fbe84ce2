package org.maillage.validation;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;

/**
 * Every rule the validator can report, as data: the {@code rules.json} resource shipped in this
 * jar, plus the rules of user rule packs. Immutable and thread-safe.
 *
 * <p>Messages are rendered by {@link #render}: {@code {name}} is replaced by the parameter of that
 * name, once; parameter values are inserted as they are and never read again as templates, so an
 * input holding {@code ${…}} or {@code #{…}} or {@code {x}} is printed, not evaluated.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class RuleCatalogue {

    private static final RuleCatalogue STANDARD = load();

    private final String version;
    private final Map<String, RuleDefinition> rules;

    private RuleCatalogue(String version, Map<String, RuleDefinition> rules) {
        this.version = version;
        this.rules = Collections.unmodifiableMap(rules);
    }

    /**
     * The catalogue shipped with the SDK.
     *
     * @return the standard catalogue
     */
    public static RuleCatalogue standard() {
        return STANDARD;
    }

    /**
     * The catalogue's version, for example {@code 1.0.0}.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * Every rule, in catalogue order.
     *
     * @return the rules
     */
    public List<RuleDefinition> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * Whether a rule id is in the catalogue.
     *
     * @param id the id
     * @return true when known
     */
    public boolean contains(String id) {
        return rules.containsKey(id);
    }

    /**
     * One rule.
     *
     * @param id the id
     * @return the rule
     * @throws IllegalArgumentException when the catalogue has no such rule
     */
    public RuleDefinition rule(String id) {
        RuleDefinition r = rules.get(id);
        if (r == null) {
            throw new IllegalArgumentException("rule '" + id + "' is not in the catalogue");
        }
        return r;
    }

    /**
     * A catalogue with more rules, for example those of a user rule pack.
     *
     * @param more the rules to add
     * @return the new catalogue
     * @throws IllegalArgumentException when a rule id is already taken by another definition
     */
    public RuleCatalogue with(Collection<RuleDefinition> more) {
        Map<String, RuleDefinition> all = new LinkedHashMap<>(rules);
        for (RuleDefinition r : more) {
            RuleDefinition old = all.putIfAbsent(r.id(), r);
            if (old != null && !old.equals(r)) {
                throw new IllegalArgumentException("rule id '" + r.id() + "' is already defined differently");
            }
        }
        return new RuleCatalogue(version, all);
    }

    /**
     * Renders a template: each {@code {name}} whose name is a parameter is replaced by its value,
     * once. Anything else, and everything inside values, is copied as it is.
     *
     * @param template the template
     * @param params the parameters
     * @return the text
     */
    public static String render(String template, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i + 1);
                if (end > i) {
                    String name = template.substring(i + 1, end);
                    String value = params.get(name);
                    if (value != null) {
                        sb.append(value);
                        i = end + 1;
                        continue;
                    }
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static RuleCatalogue load() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream("rules.json")) {
            if (in == null) {
                throw new IllegalStateException("rules.json is missing from the maillage-validation jar");
            }
            JsonNode root = MaillageJson.mapper().readTree(in);
            Map<String, RuleDefinition> rules = new LinkedHashMap<>();
            List<String> dups = new ArrayList<>();
            for (JsonNode n : root.get("rules")) {
                RuleDefinition r = new RuleDefinition(text(n, "id"), Layer.valueOf(text(n, "layer")),
                        Severity.valueOf(text(n, "severity")), Priority.valueOf(text(n, "priority")),
                        text(n, "messageEn"), text(n, "messageFr"), text(n, "hintEn"), text(n, "hintFr"),
                        text(n, "source"));
                if (rules.put(r.id(), r) != null) {
                    dups.add(r.id());
                }
            }
            if (!dups.isEmpty()) {
                throw new IllegalStateException("rules.json defines rules twice: " + dups);
            }
            return new RuleCatalogue(text(root, "version"), rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n, String member) {
        JsonNode v = n.get(member);
        return Objects.requireNonNull(v, () -> "rules.json: member '" + member + "' missing").stringValue();
    }
}
