package dev.orderflow.xray;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The zip has the layout Lambda expects and ships nothing the runtime or the functions already have. */
class LayerZipIT {

    @Test
    void shouldHoldTheJarUnderJavaLibAndAnExecutableScriptAtTheRoot() throws Exception {
        Map<String, Integer> modes = LayerZip.unixModes();

        List<String> files = modes.keySet().stream().filter(n -> !n.endsWith("/")).toList();
        assertThat(files).containsExactlyInAnyOrder("java/lib/xray-layer.jar", "xray-wrapper");
        assertThat(modes.get("xray-wrapper") & 0111).as("executable by all").isEqualTo(0111);
        assertThat(modes.get("java/lib/xray-layer.jar") & 0444).isEqualTo(0444);
        System.out.printf("xray-layer.zip: %d bytes%n", Files.size(LayerZip.ZIP));
    }

    @Test
    void shouldShipTheXRaySdkAndNoLibraryTheRuntimeOrTheFunctionsHave() throws Exception {
        List<String> classes = layerJarEntries();

        assertThat(classes).contains("com/amazonaws/xray/AWSXRay.class",
                "com/amazonaws/xray/interceptors/TracingInterceptor.class",
                "com/amazonaws/xray/handlers/config/AWSServiceHandlerManifest.class",
                "dev/orderflow/xray/TracingHandler.class",
                "dev/orderflow/xray/SdkCallTracingInterceptor.class",
                "dev/orderflow/xray/TracePropagationInterceptor.class",
                "dev/orderflow/xray/internal/shaded/logging/LogFactory.class");
        assertThat(classes).noneMatch(n -> n.contains("jackson"))
                .noneMatch(n -> n.startsWith("com/fasterxml/"))
                .noneMatch(n -> n.startsWith("com/amazonaws/lambda/thirdparty/"))
                .noneMatch(n -> n.startsWith("org/apache/"))
                .noneMatch(n -> n.startsWith("software/amazon/") && n.endsWith(".class"))
                .noneMatch(n -> n.startsWith("com/amazonaws/services/lambda/"))
                .noneMatch(n -> n.startsWith("META-INF/versions/"));
    }

    /** Every Jackson reference of the X-Ray SDK and the layer points at the Lambda runtime's shaded copy. */
    @Test
    void shouldUseOnlyTheRuntimesShadedJackson() throws Exception {
        Map<String, byte[]> classes = layerJarClasses();
        Pattern unrelocated = Pattern.compile("(?<!com[/.]amazonaws[/.]lambda[/.]thirdparty[/.])com[/.]fasterxml[/.]jackson");

        assertThat(classes).isNotEmpty();
        classes.forEach((name, bytes) -> assertThat(unrelocated.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find())
                .as("unrelocated Jackson reference in %s", name).isFalse());
        assertThat(new String(classes.get("com/amazonaws/xray/interceptors/TracingInterceptor.class"), StandardCharsets.ISO_8859_1))
                .contains("com/amazonaws/lambda/thirdparty/com/fasterxml/jackson/databind/ObjectMapper");
    }

    @Test
    void shouldRegisterTheLayersInterceptorsForEveryAwsSdkClient() throws Exception {
        String resource = layerJarResource("software/amazon/awssdk/global/handlers/execution.interceptors");

        assertThat(resource.lines().map(String::trim).filter(l -> !l.isEmpty()))
                .as("the X-Ray TracingInterceptor is reached through SdkCallTracingInterceptor, never registered itself")
                .containsExactly("dev.orderflow.xray.SdkCallTracingInterceptor",
                        "dev.orderflow.xray.TracePropagationInterceptor");
    }

    private static List<String> layerJarEntries() throws Exception {
        try (ZipFile zip = new ZipFile(LayerZip.ZIP.toFile());
             JarInputStream jar = new JarInputStream(zip.getInputStream(zip.getEntry("java/lib/xray-layer.jar")))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                names.add(e.getName());
            }
            return names;
        }
    }

    private static Map<String, byte[]> layerJarClasses() throws Exception {
        try (ZipFile zip = new ZipFile(LayerZip.ZIP.toFile());
             JarInputStream jar = new JarInputStream(zip.getInputStream(zip.getEntry("java/lib/xray-layer.jar")))) {
            Map<String, byte[]> classes = new HashMap<>();
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                if (e.getName().endsWith(".class")) {
                    classes.put(e.getName(), jar.readAllBytes());
                }
            }
            return classes;
        }
    }

    private static String layerJarResource(String name) throws Exception {
        try (ZipFile zip = new ZipFile(LayerZip.ZIP.toFile());
             JarInputStream jar = new JarInputStream(zip.getInputStream(zip.getEntry("java/lib/xray-layer.jar")))) {
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(jar.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return Collections.<String>emptyList().toString();
    }
}
