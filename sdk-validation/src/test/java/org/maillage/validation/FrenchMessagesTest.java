package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.Codelist;
import org.maillage.core.codelist.CodelistEntry;
import org.maillage.core.codelist.Codelists;
import org.maillage.validation.conformance.ConformanceCase;
import org.maillage.validation.conformance.ConformanceCorpus;
import org.maillage.validation.internal.Texts;
import org.maillage.validation.waiver.Waivers;

/**
 * French that reads as French (issue 15 item 3): every French message and hint of the catalogue,
 * filled with sample arguments, and every French text findings are made of, holds no English word
 * and no raw code; so do the French messages of every finding the conformance corpus gives. What
 * the user wrote («…») is data and not scanned; in hints, what the user must type is written
 * between backquotes (`votingRight`) and not scanned either.
 */
public class FrenchMessagesTest {

    /**
     * English words that are not also French words ("on", "but", "or", "date", "type", "code",
     * "an" are French and absent). A word here in a French message is English leaking through.
     */
    static final Set<String> ENGLISH = words("the", "of", "and", "is", "are", "not", "with", "for", "from", "to",
            "by", "has", "have", "does", "do", "match", "matches", "expected", "found", "digits", "digit", "characters",
            "followed", "between", "key", "value", "values", "missing", "string", "object", "array", "boolean",
            "integer", "number", "true", "false", "null", "staff", "signed", "draft", "in", "at", "no", "yes", "must",
            "should", "cannot", "unknown", "mandatory", "recommended", "permitted", "warning", "error", "health",
            "mental", "authorities", "qualified", "persons", "force", "closed", "open", "replaced", "advanced",
            "it", "its", "be", "was", "were", "which", "that", "this", "these", "those", "than",
            "more", "less", "after", "before", "since", "until", "only", "each", "every", "any", "none", "one", "two",
            "three", "list", "lists", "schema", "member", "members", "item", "items", "property", "properties",
            "facility", "facilities", "contract", "contracts", "territory", "territories", "body", "board", "seat",
            "person", "people", "organization", "indicator", "observation", "kind", "role", "status",
            "college", "theme", "zone", "zoning", "decision", "party", "signatory", "amendment", "mandate", "out",
            "use", "used", "end", "ended", "start", "starts", "valid", "invalid", "check", "fails", "split",
            "replaced", "was", "collectivity", "overseas", "expected", "local", "care", "nursing", "home", "support",
            "member", "elected", "official", "officials", "coordinator", "funded", "hospital", "hospitals", "service",
            "services", "label", "labels", "capacity", "unit", "units", "legal", "entity", "entities", "shared",
            "same", "other", "another", "different", "register", "registers", "establishment", "establishments");

    /** Words that look like English or like codes but are French. */
    static final Set<String> FRENCH = words("date", "type", "code", "codes", "id", "on", "but", "or", "an", "a",
            "article", "format", "schéma", "service", "services", "contact", "contacts", "label", "labels", "support",
            "zone", "statut", "collège", "région", "département", "commune", "communes", "indicateur", "territoire",
            "fin", "observation", "plan", "organisation", "consultations", "global", "total", "local", "locale", "national", "minimal", "initial", "final", "normal", "final");

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** A hyphenated word of the French language, not a code. */
    static final Pattern FRENCH_HYPHENATED = Pattern.compile(
            "(?i)[a-zàâçéèêëîïôûùüÿœ]+-(le|la|les|lui|leur|en|y|ci|là|même|mêmes|moi|vous|nous|ils|elles|il|elle|on)"
            + "|chef-lieu|chefs-lieux|outre-mer|date-heure|peut-être|c'est-à-dire|sous-[a-zé]+|non-[a-zé]+|vice-[a-zé]+"
            + "|rendez-vous|au-delà|ci-dessus|ci-dessous|celle-ci|celles-ci|celui-ci|ceux-ci|là-dessus|arrière-[a-zé]+"
            + "|Corse-du-Sud|Haute-Corse|Saint-[A-Za-zé]+|pays-[a-zé]+|[a-zé]+-[a-zé]+-[a-zé]+s?-[a-zé]+");

    private static final Pattern WORD = Pattern.compile("[A-Za-zÀ-ÿœŒ][A-Za-zÀ-ÿœŒ'’]*(?:-[A-Za-zÀ-ÿœŒ]+)*");

    /** Sample arguments: what a finding puts in a template, already French (names, labels, numbers). */
    private static final Map<String, String> SAMPLE = Map.of();

    /** Codes of the shipped lists that a French reader would not read as French. */
    private static final Set<String> CODES = rawCodes();

    private static Set<String> rawCodes() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        Codelists lists = Codelists.bundled();
        for (String name : lists.names()) {
            Codelist l = lists.get(name);
            for (CodelistEntry e : l.entries()) {
                String c = e.code();
                if (c.matches("[a-z]+(-[a-z0-9]+)+") && !FRENCH_HYPHENATED.matcher(c).matches()) {
                    codes.add(c);
                } else if (ENGLISH.contains(c)) {
                    codes.add(c);
                }
            }
        }
        return Set.copyOf(codes);
    }

    /**
     * The English words and raw codes of a French text, outside what it quotes.
     *
     * @param text the French text
     * @param hint whether it is a hint (where backquoted words are what to type)
     * @return the offending words, empty when the text reads as French
     */
    static List<String> problems(String text, boolean hint) {
        List<String> out = new ArrayList<>();
        if (text.matches("(?s).*\\{[A-Za-z]+}.*")) {
            out.add("unfilled " + text.replaceAll("(?s).*(\\{[A-Za-z]+}).*", "$1"));
        }
        String bare = text.replaceAll("»\\s*\\([^)]*\\)", "»") // «Name» (id): the id of a named entity
                .replaceAll("«[^»]*(»|…$|$)", " ").replaceAll("https?://\\S+", " ")
                .replaceAll("(?<![\\w/])/[^\\s,;)]*", " ") // a JSON Pointer: where, not words
                .replaceAll("\\b[a-z][a-z0-9]*(-[a-z0-9]+)*:[^\\s,;)»]+", " "); // an entity id: data
        if (hint) {
            bare = bare.replaceAll("`[^`]*`", " ");
        } else if (bare.contains("`")) {
            out.add("backquote in a message");
        }
        Matcher m = WORD.matcher(bare);
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            if (FRENCH.contains(lower) || FRENCH_HYPHENATED.matcher(w).matches()) {
                continue;
            }
            if (ENGLISH.contains(lower) || CODES.contains(lower)) {
                out.add(w);
            } else if (w.matches("[a-z]+[A-Z][A-Za-z]*")) {
                out.add(w + " (member name)");
            } else if (w.matches("[a-z]+(-[a-z0-9]+)+")) {
                out.add(w + " (code)");
            }
        }
        return out;
    }

    /** Each parameter of a template replaced by a sample of what the checks put there. */
    public static String fill(String template) {
        Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(sample(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String sample(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (SAMPLE.containsKey(name)) {
            return SAMPLE.get(name);
        }
        if (n.contains("date") || n.equals("signed") || n.equals("start") || n.equals("end") || n.endsWith("datefr")) {
            return "8 janvier 2021";
        }
        if (n.contains("count") || n.equals("total") || n.equals("uncovered") || n.equals("communes") || n.equals("number")
                || n.equals("local") || n.equals("staff") || n.equals("qualified") || n.equals("other") || n.equals("previous")) {
            return "2\u00a0500";
        }
        if (n.contains("value") || n.contains("threshold")) {
            return "1,9";
        }
        return "Centre hospitalier d'Ajaccio (org:finess-ej-2a0000014)";
    }

    @Test
    void everyFrenchMessageAndHintOfTheCatalogue_readsAsFrench() {
        Map<String, List<String>> bad = new TreeMap<>();
        for (RuleDefinition r : RuleCatalogue.standard().rules()) {
            List<String> p = new ArrayList<>();
            p.addAll(problems(fill(r.messageFr()), false));
            p.addAll(problems(fill(r.hintFr()), true));
            if (!p.isEmpty()) {
                bad.put(r.id(), p);
            }
        }
        assertThat(bad).as("French messages with English words or raw codes, by rule").isEmpty();
    }

    @Test
    void everyFrenchTextFindingsAreMadeOf_readsAsFrench() {
        Map<String, List<String>> bad = new TreeMap<>();
        for (String key : Texts.STANDARD.keys()) {
            List<String> p = problems(fill(Texts.STANDARD.fr(key)), false);
            if (!p.isEmpty()) {
                bad.put(key, p);
            }
        }
        assertThat(Texts.STANDARD.keys()).isNotEmpty();
        assertThat(bad).as("French texts (texts.json) with English words or raw codes, by key").isEmpty();
    }

    @Test
    void everyFrenchMessageTheCorpusGives_readsAsFrench() {
        Map<String, List<String>> bad = new LinkedHashMap<>();
        int seen = 0;
        for (ConformanceCase c : ConformanceCorpus.bundled().cases()) {
            Validator.Builder b = Validator.builder().profile(c.profile() == null ? Validator.DEFAULT_PROFILE : c.profile());
            if (c.layers() != null) {
                b.layers(c.layers());
            }
            if (c.waivers() != null) {
                b.waivers(Waivers.read(new ByteArrayInputStream(c.waivers()), ConformanceCase.WAIVERS_FILE_NAME));
            }
            Report report = b.build().validate(new ByteArrayInputStream(c.input()), formatOf(c), c.fileName());
            for (Finding f : report.findings()) {
                seen++;
                List<String> p = problems(f.messageFr(), false);
                if (!p.isEmpty()) {
                    bad.putIfAbsent(f.ruleId() + " (" + c.id() + "): " + f.messageFr(), p);
                }
            }
        }
        assertThat(seen).isGreaterThan(100);
        assertThat(bad).as("French messages of the corpus findings with English words or raw codes").isEmpty();
    }

    private static org.maillage.json.DatasetFormat formatOf(ConformanceCase c) {
        String n = c.fileName();
        return n.endsWith(".ndjson") || n.endsWith(".jsonl") ? org.maillage.json.DatasetFormat.NDJSON
                : org.maillage.json.DatasetFormat.JSON;
    }

    @Test
    void theScan_findsEnglishWordsAndRawCodes_butNotQuotedData() {
        assertThat(problems("« 210900024 » n'est pas un numéro SIREN valide : Luhn key does not match", false))
                .contains("key", "does", "not", "match");
        assertThat(problems("le contrat « CLS » en statut in-force a un collège staff", false)).contains("in-force", "staff");
        assertThat(problems("la partie « in-force » est signée le {date}", false)).containsExactly("unfilled {date}");
        assertThat(problems("Indiquez `votingRight` à `false` ; peut-être la ramenez-la au chef-lieu", true)).isEmpty();
        assertThat(problems("Indiquez votingRight", true)).containsExactly("votingRight (member name)");
    }
}
