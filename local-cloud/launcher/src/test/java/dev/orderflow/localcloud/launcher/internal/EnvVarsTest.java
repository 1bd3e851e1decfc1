package dev.orderflow.localcloud.launcher.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import dev.orderflow.localcloud.template.TemplateReader;
import dev.orderflow.localcloud.template.TemplateSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --env-vars as sam local reads it, on the project's template. */
class EnvVarsTest {

    private static final SamTemplate TEMPLATE = TemplateReader.read(Path.of("../../template.yaml"),
            TemplateSettings.builder().stackName("orderflow-dev").build());

    @TempDir
    Path directory;

    @Test
    void shouldOverrideOnlyVariablesTheTemplateDeclaresFunctionEntriesWinning() throws Exception {
        List<String> warnings = new ArrayList<>();
        EnvVars envVars = EnvVars.read(file("{\"InventoryConsumerFunction\":{\"ORDERS_TABLE\":\"no-such-table\","
                + "\"NOT_DECLARED\":\"x\"},\"Parameters\":{\"STAGE\":\"test\",\"ORDERS_TABLE\":\"everyone\"},"
                + "\"NoSuchFunction\":{\"A\":\"b\"}}"), TEMPLATE, warnings::add);

        FunctionDefinition inventory = envVars.apply(TEMPLATE.function("InventoryConsumerFunction").orElseThrow());
        FunctionDefinition orders = envVars.apply(TEMPLATE.function("OrderHandlerFunction").orElseThrow());

        assertThat(inventory.environment()).containsEntry("ORDERS_TABLE", "no-such-table").containsEntry("STAGE", "test")
                .doesNotContainKey("NOT_DECLARED");
        assertThat(orders.environment()).containsEntry("ORDERS_TABLE", "everyone");
        assertThat(warnings).singleElement().asString().contains("NoSuchFunction");
    }

    @Test
    void shouldRefuseAFileItCannotUse() throws Exception {
        assertThatThrownBy(() -> EnvVars.read(file("{not json"), TEMPLATE, w -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--env-vars");
        assertThatThrownBy(() -> EnvVars.read(file("{\"OrderHandlerFunction\":{\"STAGE\":{\"nested\":1}}}"), TEMPLATE, w -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OrderHandlerFunction.STAGE");
    }

    private Path file(String json) throws Exception {
        Path file = directory.resolve("env.json");
        Files.writeString(file, json);
        return file;
    }
}
