package org.maillage.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillage.core.codelist.Codelist;
import org.maillage.core.codelist.CodelistEntry;
import org.maillage.core.codelist.Codelists;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;

/**
 * The texts findings are made of besides the rule templates, in French and English: reasons of
 * identifier checks, codelist titles, words put in templates ({@code texts.json}, beside this
 * class); the French and English labels of codes (the codelists); numbers and dates written the
 * French way. Messages are data: no check writes a sentence of its own. Immutable and thread-safe.
 */
public final class Texts {

    /** The texts shipped with the SDK. */
    public static final Texts STANDARD = load();

    private static final Codelists CODELISTS = Codelists.bundled();

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};

    /** A text in both languages. */
    private record Text(String fr, String en) {}

    private final Map<String, Text> texts;

    /** French reasons by their English text. */
    private final Map<String, String> reasons;

    private Texts(Map<String, Text> texts) {
        this.texts = Collections.unmodifiableMap(texts);
        Map<String, String> r = new LinkedHashMap<>();
        texts.forEach((key, t) -> {
            if (key.startsWith("reason.")) {
                r.put(t.en(), t.fr());
            }
        });
        this.reasons = Collections.unmodifiableMap(r);
    }

    /** @return every key, in file order */
    public Set<String> keys() {
        return texts.keySet();
    }

    /**
     * @param key the key
     * @return the French text
     * @throws IllegalArgumentException when no text has that key
     */
    public String fr(String key) {
        return text(key).fr();
    }

    /**
     * @param key the key
     * @return the English text
     * @throws IllegalArgumentException when no text has that key
     */
    public String en(String key) {
        return text(key).en();
    }

    /**
     * A text as the template fragment {@code name} (English) and {@code nameFr} (French).
     *
     * @param name the fragment's name in the templates
     * @param key the text's key
     * @return the two fragments
     */
    public Map<String, String> fragment(String name, String key) {
        return Map.of(name, en(key), name + "Fr", fr(key));
    }

    /**
     * A text as the template parameter {@code name} (English) and {@code nameFr} (French), added to
     * a parameter map.
     *
     * @param params the parameters to add to
     * @param name the parameter's name
     * @param key the text's key
     * @return the same map
     */
    public Map<String, String> put(Map<String, String> params, String name, String key) {
        params.put(name, en(key));
        params.put(name + "Fr", fr(key));
        return params;
    }

    /**
     * The reason a check of the core gives (in English, {@code "Luhn key does not match"}) as the
     * template parameters {@code reason} and {@code reasonFr}: the reasons are texts of
     * {@code texts.json} whose key starts with {@code reason.} and whose English text is the
     * check's; a reason not listed there is said in French as {@code reason.other}.
     *
     * @param params the parameters to add to
     * @param english the check's reason
     * @return the same map
     */
    public Map<String, String> reason(Map<String, String> params, String english) {
        params.put("reason", english);
        params.put("reasonFr", reasons.getOrDefault(english, fr("reason.other")));
        return params;
    }

    /**
     * Whether a reason the checks of the core give has its French text.
     *
     * @param english the reason
     * @return true when {@code texts.json} holds it
     */
    public boolean knowsReason(String english) {
        return reasons.containsKey(english);
    }

    /**
     * A JSON type as a French reader says it: {@code string}, {@code "an array"} → «une liste».
     *
     * @param type the type, with or without its English article
     * @return the French words
     */
    public String jsonTypeFr(String type) {
        String t = String.valueOf(type).replaceFirst("^an? ", "");
        return fr(contains("json-type." + t) ? "json-type." + t : "json-type.other");
    }

    /**
     * A schema format as a French reader says it: {@code date-time} → «une date-heure».
     *
     * @param format the format's name
     * @return the French words
     */
    public String formatFr(String format) {
        return fr(contains("format." + format) ? "format." + format : "format.other");
    }

    /**
     * An entity family (its singular type, {@code territory}) or {@code dataset} in French.
     *
     * @param family the type
     * @return the French noun
     */
    public String familyFr(String family) {
        return fr(contains("family." + family) ? "family." + family : "family.other");
    }

    private static final java.util.regex.Pattern LIMIT = java.util.regex.Pattern.compile(
            "^(.*?)\\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*$", java.util.regex.Pattern.DOTALL);

    /**
     * What a read limit says (Jackson's English: «Document nesting depth (65) exceeds the maximum
     * allowed (64, …)»), in French.
     *
     * @param english the limit's message
     * @return the French text
     */
    public String readLimitFr(String english) {
        java.util.regex.Matcher m = LIMIT.matcher(String.valueOf(english));
        if (!m.matches()) {
            return fr("read.limit.other");
        }
        String what = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String key = what.contains("nesting") ? "read.limit.depth" : what.contains("number") ? "read.limit.number"
                : what.contains("name") ? "read.limit.name" : what.contains("string") ? "read.limit.string" : null;
        return key == null ? fr("read.limit.other") : fr(key).replace("{n}", m.group(2)).replace("{max}", m.group(3));
    }

    private Text text(String key) {
        Text t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException("texts.json has no text '" + key + "'");
        }
        return t;
    }

    /**
     * Whether a text exists.
     *
     * @param key the key
     * @return true when known
     */
    public boolean contains(String key) {
        return texts.containsKey(key);
    }

    /**
     * The label of a code in a shipped codelist: «En vigueur» for {@code contract-status}
     * {@code in-force}, in lower case unless it starts with an acronym or a proper noun (the list's
     * label as written when its second letter is a capital: «ZIP», «CLS»).
     *
     * @param list the codelist
     * @param code the code
     * @param french whether the French label is wanted
     * @return the label, or the code itself when the list or the code is unknown or has no label
     */
    public static String label(String list, String code, boolean french) {
        Optional<CodelistEntry> e = CODELISTS.find(list).flatMap(l -> l.entry(code));
        if (e.isEmpty()) {
            return code;
        }
        String label = french || e.get().labelEn().isBlank() ? e.get().labelFr() : e.get().labelEn();
        return label.isBlank() ? code : lowerFirst(label);
    }

    /**
     * A codelist as shipped.
     *
     * @param list the list's name
     * @return the list
     */
    public static Optional<Codelist> codelist(String list) {
        return CODELISTS.find(list);
    }

    /**
     * The first letter in lower case, unless the second is a capital too (an acronym: «ZIP»,
     * «EHPAD») or the word is a name that keeps its capital.
     *
     * @param s the text
     * @return the text
     */
    public static String lowerFirst(String s) {
        if (s.isEmpty() || s.length() > 1 && (Character.isUpperCase(s.charAt(1)) || s.charAt(1) == '.')) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * A date as French text reads it: «1er janvier 2026», «26 octobre 2018».
     *
     * @param date the date
     * @return the text
     */
    public static String dateFr(LocalDate date) {
        int d = date.getDayOfMonth();
        return (d == 1 ? "1er" : String.valueOf(d)) + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /**
     * A number as French text writes it: a decimal comma, groups of three digits separated by a
     * no-break space ({@code 1,9}, {@code 2 500}, {@code 12 345,25}).
     *
     * @param number the number as written in the data ({@code 1.9}, {@code -2500})
     * @return the French text; the input itself when it is not a number
     */
    public static String numberFr(String number) {
        if (number == null) {
            return null;
        }
        try {
            new BigDecimal(number);
        } catch (NumberFormatException e) {
            return number;
        }
        if (number.indexOf('e') >= 0 || number.indexOf('E') >= 0) {
            return number.replace('.', ',');
        }
        String sign = number.startsWith("-") || number.startsWith("+") ? number.substring(0, 1) : "";
        String digits = sign.isEmpty() ? number : number.substring(1);
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + digits.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('\u00a0');
            }
            grouped.append(whole.charAt(i));
        }
        return (sign.equals("-") ? "-" : "") + grouped + fraction;
    }

    /**
     * A date as English text reads it in the messages: ISO, {@code 2026-01-01}.
     *
     * @param date the date, or null
     * @return the text
     */
    public static String dateEn(LocalDate date) {
        return String.valueOf(date);
    }

    private static Texts load() {
        try (InputStream in = Texts.class.getResourceAsStream("texts.json")) {
            if (in == null) {
                throw new IllegalStateException("texts.json is missing from the maillage-validation jar");
            }
            Map<String, Text> texts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : MaillageJson.mapper().readTree(in).get("texts").properties()) {
                texts.put(e.getKey(), new Text(e.getValue().get("fr").stringValue(), e.getValue().get("en").stringValue()));
            }
            return new Texts(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
