package dev.orderflow.localcloud.template;

import dev.orderflow.localcloud.template.internal.CloudFormationYaml;
import dev.orderflow.localcloud.template.internal.ModelBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a SAM template: CloudFormation's short-form tags, {@code Parameters} (defaults and
 * overrides), {@code Conditions}, {@code Mappings}, {@code Globals} and the intrinsic functions,
 * resolved to local names, ARNs and URLs.
 */
public final class TemplateReader {

    private TemplateReader() {
    }

    public static SamTemplate read(Path templateFile, TemplateSettings settings) {
        String text;
        try {
            text = Files.readString(templateFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateException("cannot read template " + templateFile + ": " + e.getMessage(), e);
        }
        Path directory = templateFile.toAbsolutePath().getParent();
        return new ModelBuilder(CloudFormationYaml.parse(text), settings, directory).build();
    }
}
