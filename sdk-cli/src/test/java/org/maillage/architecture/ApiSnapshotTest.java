package org.maillage.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public API of the library modules, pinned in {@code docs/api.txt}: per module, the packages
 * it exports to everyone, their public types (top-level and nested) with their {@code @API}
 * status, and every public or protected member. A change to the API is a change to that file, seen
 * in review. When the change is meant, regenerate the file:
 *
 * <pre>mvn -B -ntp -pl sdk-cli -am verify -Dtest=ApiSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dmaillage.api.update=true</pre>
 */
class ApiSnapshotTest {

    static final String SNAPSHOT = "docs/api.txt";
    private static final String UPDATE = "maillage.api.update";

    private static Map<String, List<Class<?>>> typesByModule;

    @BeforeAll
    static void findTypes() throws ClassNotFoundException {
        typesByModule = new TreeMap<>();
        for (Map.Entry<String, ModuleDescriptor> m : MaillageModules.descriptors().entrySet()) {
            if (!MaillageModules.isLibrary(m.getKey())) {
                continue;
            }
            List<Class<?>> types = new ArrayList<>();
            for (String pkg : MaillageModules.exported(m.getValue())) {
                for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(pkg)) {
                    if (c.getPackageName().equals(pkg)) {
                        Class<?> type = Class.forName(c.getName(), false, ApiSnapshotTest.class.getClassLoader());
                        if (isApi(type)) {
                            types.add(type);
                        }
                    }
                }
            }
            types.sort((a, b) -> a.getName().compareTo(b.getName()));
            typesByModule.put(m.getKey(), types);
        }
    }

    /** Public, and so are the types it is nested in. */
    private static boolean isApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void publicApi_isThePinnedOne() throws IOException {
        String actual = render();
        Path file = RepoRoot.path().resolve(SNAPSHOT);
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Set<String> was = new LinkedHashSet<>(expected.lines().toList());
            Set<String> now = new LinkedHashSet<>(actual.lines().toList());
            StringBuilder diff = new StringBuilder();
            was.stream().filter(l -> !now.contains(l)).forEach(l -> diff.append("- ").append(l).append('\n'));
            now.stream().filter(l -> !was.contains(l)).forEach(l -> diff.append("+ ").append(l).append('\n'));
            throw new AssertionError("The public API differs from " + SNAPSHOT + " (- pinned, + now):\n" + diff
                    + "If the change is meant, regenerate the file with -D" + UPDATE + "=true (see this test's comment) and "
                    + "review it.");
        }
    }

    @Test
    void everyPublicType_ofAnExportedPackage_carriesItsApiStatus() {
        List<String> unmarked = new ArrayList<>();
        typesByModule.values().forEach(types -> types.stream().filter(t -> t.getAnnotation(API.class) == null)
                .forEach(t -> unmarked.add(t.getName())));
        assertThat(unmarked).as("public types of exported packages without @API(status = …)").isEmpty();
    }

    @Test
    void everyPublicType_ofAnExportedPackage_saysSinceWhen_inItsJavadoc() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<Class<?>>> m : typesByModule.entrySet()) {
            for (Class<?> t : m.getValue()) {
                Class<?> top = t;
                while (top.getEnclosingClass() != null) {
                    top = top.getEnclosingClass();
                }
                Path source = sourceOf(top);
                String javadoc = javadocOf(Files.readString(source, StandardCharsets.UTF_8), t.getSimpleName());
                if (javadoc == null || !javadoc.contains("@since ")) {
                    missing.add(t.getName());
                }
            }
        }
        assertThat(missing).as("public types of exported packages whose Javadoc lacks @since").isEmpty();
    }

    /** The source file of a top-level type, in whichever module of the repository holds it. */
    private static Path sourceOf(Class<?> top) throws IOException {
        String relative = "src/main/java/" + top.getName().replace('.', '/') + ".java";
        try (var modules = Files.list(RepoRoot.path())) {
            return modules.map(m -> m.resolve(relative)).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no source for " + top.getName()));
        }
    }

    /** The Javadoc comment right before the declaration of a type in a source file, or null. */
    static String javadocOf(String source, String simpleName) {
        Matcher m = Pattern.compile("^[ \\t]*(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*(?:(?:public|protected|private|static|final|abstract|sealed|"
                + "non-sealed|strictfp)\\s+)*(?:class|interface|record|enum|@interface)\\s+" + Pattern.quote(simpleName) + "\\b",
                Pattern.MULTILINE).matcher(source);
        if (!m.find()) {
            return null;
        }
        String before = source.substring(0, m.start());
        int end = before.lastIndexOf("*/");
        int start = before.lastIndexOf("/**");
        if (start < 0 || end < start || !before.substring(end + 2).isBlank()) {
            return null;
        }
        return before.substring(start, end);
    }

    /** The snapshot text. */
    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("# The public API of Maillage: per library module, the packages it exports to every module, their public\n")
                .append("# types (top-level and nested) with their @API status, and their public and protected members.\n")
                .append("# Pinned by ApiSnapshotTest (sdk-cli); regenerate with -Dmaillage.api.update=true when a change is meant.\n");
        int packages = 0;
        int types = 0;
        for (Map.Entry<String, List<Class<?>>> m : typesByModule.entrySet()) {
            Set<String> pkgs = m.getValue().stream().map(Class::getPackageName).collect(Collectors.toCollection(TreeSet::new));
            out.append("\nmodule ").append(m.getKey()).append(": ").append(pkgs.size()).append(" exported packages, ")
                    .append(m.getValue().size()).append(" public types\n");
            packages += pkgs.size();
            types += m.getValue().size();
            for (Class<?> t : m.getValue()) {
                out.append(typeLine(t)).append('\n');
                for (String member : members(t)) {
                    out.append("    ").append(member).append('\n');
                }
            }
        }
        out.append("\nin all: ").append(packages).append(" exported packages, ").append(types).append(" public types\n");
        return out.toString();
    }

    private static String typeLine(Class<?> t) {
        API api = t.getAnnotation(API.class);
        String status = api == null ? "UNMARKED" : api.status() + " since " + api.since();
        String kind = t.isAnnotation() ? "@interface" : t.isInterface() ? "interface" : t.isEnum() ? "enum" : t.isRecord() ? "record" : "class";
        StringBuilder sb = new StringBuilder("  ").append(status).append(' ');
        int mods = t.getModifiers() & (Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT);
        if (t.isInterface() || t.isEnum() || t.isRecord()) {
            mods &= Modifier.STATIC;
        }
        String m = Modifier.toString(mods);
        sb.append(m.isEmpty() ? "" : m + " ").append(kind).append(' ').append(t.getName());
        if (t.getTypeParameters().length > 0) {
            sb.append(Arrays.stream(t.getTypeParameters()).map(v -> v.getName() + bounds(v.getBounds()))
                    .collect(Collectors.joining(", ", "<", ">")));
        }
        if (!t.isInterface() && !t.isEnum() && !t.isRecord() && t.getGenericSuperclass() != null
                && t.getGenericSuperclass() != Object.class) {
            sb.append(" extends ").append(t.getGenericSuperclass().getTypeName());
        }
        Type[] interfaces = t.getGenericInterfaces();
        if (interfaces.length > 0 && !t.isAnnotation()) {
            sb.append(t.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }

    private static String bounds(Type[] bounds) {
        List<String> names = Arrays.stream(bounds).filter(b -> b != Object.class).map(Type::getTypeName).toList();
        return names.isEmpty() ? "" : " extends " + String.join(" & ", names);
    }

    private static Set<String> members(Class<?> t) {
        Set<String> out = new TreeSet<>();
        for (Constructor<?> c : t.getDeclaredConstructors()) {
            if (visible(c) && !c.isSynthetic()) {
                out.add(strip(c.toGenericString(), t));
            }
        }
        for (Method m : t.getDeclaredMethods()) {
            if (visible(m) && !m.isSynthetic() && !m.isBridge()) {
                out.add(strip(m.toGenericString(), t));
            }
        }
        for (Field f : t.getDeclaredFields()) {
            if (visible(f) && !f.isSynthetic()) {
                out.add(strip(f.toGenericString(), t));
            }
        }
        return out;
    }

    private static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers()) && !Modifier.isFinal(m.getDeclaringClass()
                .getModifiers());
    }

    /** The member without its declaring type's name before its own. */
    private static String strip(String signature, Class<?> declaring) {
        return signature.replace(" " + declaring.getTypeName() + ".", " ").replace(" " + declaring.getName() + ".", " ");
    }
}
