package org.itqan.quran;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files (compose.yaml, deploy/k8s, scripts/cluster-local.sh) set only environment variables the
 * application reads, and all three set the ones production needs. A misspelt variable would otherwise be
 * ignored silently and a node would start on its defaults (H2, no Redis).
 */
class DeploymentConfigurationTests {

    /** What every production node must be given. */
    private static final Set<String> REQUIRED = Set.of("SPRING_PROFILES_ACTIVE", "DATABASE_URL", "DATABASE_USERNAME",
            "DATABASE_PASSWORD", "REDIS_URL", "QURAN_SECURITY_ISSUER", "QURAN_USERDATA_CURSORSECRET");
    /** Read by the JVM itself, not by the application. */
    private static final Set<String> JVM = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    /** A setting read with {@code @Value("${quran....}")} rather than a properties record. */
    private static final Pattern VALUE = Pattern.compile("@Value\\(\"\\$\\{(quran\\.[a-z0-9.-]+)[:}]");

    private final Path root = Path.of("").toAbsolutePath();

    @Test
    void composeGivesTheAppNodesOnlySettingsTheApplicationReads() throws IOException {
        var env = composeAppEnvironment();

        assertThat(env.keySet()).containsAll(REQUIRED);
        assertThat(unread(env)).isEmpty();
        assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
    }

    @Test
    void composeAppNodesUseTheDatabaseThePostgresServiceCreates() throws IOException {
        Map<String, Object> compose = load("compose.yaml").getFirst();
        var services = map(compose.get("services"));
        var postgres = map(map(services.get("postgres")).get("environment"));
        var env = composeAppEnvironment();

        assertThat(env.get("DATABASE_URL")).startsWith("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(env.get("DATABASE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(env.get("REDIS_URL")).isEqualTo("redis://redis:6379");
    }

    @Test
    void kubernetesGivesThePodsOnlySettingsTheApplicationReads() throws IOException {
        var env = new LinkedHashMap<String, String>();
        data("deploy/k8s/configmap.yaml", "data").forEach(env::put);
        data("deploy/k8s/secret.yaml", "stringData").forEach(env::put);

        assertThat(env.keySet()).containsAll(REQUIRED);
        assertThat(unread(env)).isEmpty();
        var deployment = load("deploy/k8s/deployment.yaml").getFirst();
        var container = map(list(map(map(map(deployment.get("spec")).get("template")).get("spec"))
                .get("containers")).getFirst());
        assertThat(list(container.get("envFrom")).toString()).contains("configMapRef", "secretRef");
    }

    @Test
    void theLocalClusterSetsTheSameSettings() throws IOException {
        var script = Files.readString(root.resolve("scripts/cluster-local.sh"));
        var env = new LinkedHashMap<String, String>();
        var assignment = Pattern.compile("\\b([A-Z][A-Z0-9_]+)=(\"[^\"]*\"|\\S+)").matcher(
                script.substring(script.indexOf("exec env"), script.indexOf("\"$JAVA_HOME/bin/java\" $JAVA_OPTS \"${aot")));
        while (assignment.find()) {
            env.put(assignment.group(1), assignment.group(2).replace("\"", ""));
        }

        assertThat(env.keySet()).containsAll(REQUIRED);
        assertThat(unread(env)).isEmpty();
    }

    /** The names in {@code env} that nothing in the application reads. */
    private Set<String> unread(Map<String, String> env) throws IOException {
        var placeholders = new TreeSet<String>();
        for (var file : List.of("application.yml", "application-postgres.yml")) {
            var matcher = PLACEHOLDER.matcher(Files.readString(root.resolve("src/main/resources/" + file)));
            while (matcher.find()) {
                placeholders.add(matcher.group(1));
            }
        }
        try (var sources = Files.walk(root.resolve("src/main/java"))) {
            for (var file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = VALUE.matcher(Files.readString(file));
                while (matcher.find()) {
                    // Spring's relaxed binding from the environment: upper case, dots to underscores, no dashes.
                    placeholders.add(matcher.group(1).replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT));
                }
            }
        }
        var unread = new TreeSet<String>();
        for (var entry : env.entrySet()) {
            var name = entry.getKey();
            if (placeholders.contains(name) || JVM.contains(name)) {
                continue;
            }
            if (name.equals("SPRING_PROFILES_ACTIVE")) {
                for (var profile : entry.getValue().split(",")) {
                    if (!Files.exists(root.resolve("src/main/resources/application-" + profile.strip() + ".yml"))) {
                        unread.add(name + "=" + profile);
                    }
                }
                continue;
            }
            if (!(name.startsWith("QURAN_") && changesABinding(env, name))) {
                unread.add(name);
            }
        }
        return unread;
    }

    /**
     * Whether the variable reaches any of the application's {@code @ConfigurationProperties}: binding them with it
     * gives a different result than binding them without it (Spring's relaxed binding decides, as at run time).
     */
    private static boolean changesABinding(Map<String, String> env, String name) {
        var without = new HashMap<>(env);
        without.remove(name);
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (var candidate : scanner.findCandidateComponents("org.itqan.quran")) {
            try {
                var type = Class.forName(candidate.getBeanClassName());
                var annotation = type.getAnnotation(ConfigurationProperties.class);
                var prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
                if (!Objects.equals(bind(without, prefix, type), bind(env, prefix, type))) {
                    return true;
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    /** Binds as at run time: the environment over application-postgres.yml over application.yml. */
    private static Object bind(Map<String, String> env, String prefix, Class<?> type) {
        // Compose interpolation (${VAR:-default}) is not Spring's: bind a plain value instead.
        var values = new HashMap<String, Object>();
        env.forEach((k, v) -> values.put(k, v.startsWith("${") ? "x" : v));
        var sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, values));
        try {
            var loader = new YamlPropertySourceLoader();
            for (var file : List.of("application-postgres.yml", "application.yml")) {
                loader.load(file, new ClassPathResource(file)).forEach(sources::addLast);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
                .bindOrCreate(prefix, Bindable.of(type));
    }

    private Map<String, String> composeAppEnvironment() throws IOException {
        Map<String, Object> compose = load("compose.yaml").getFirst();
        var services = map(compose.get("services"));
        var env = new LinkedHashMap<String, String>();
        for (var node : List.of("app1", "app2")) {
            assertThat(services).containsKey(node);
            map(map(services.get(node)).get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        }
        return env;
    }

    private Map<String, String> data(String file, String key) throws IOException {
        var result = new LinkedHashMap<String, String>();
        map(load(file).getFirst().get(key)).forEach((k, v) -> result.put(k, String.valueOf(v)));
        return result;
    }

    private List<Map<String, Object>> load(String file) throws IOException {
        var documents = new ArrayList<Map<String, Object>>();
        for (var document : new Yaml().loadAll(Files.readString(root.resolve(file)))) {
            documents.add(map(document));
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
