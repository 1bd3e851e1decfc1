package dev.orderflow.localcloud.launcher.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stack name resources are named after when the template does not name them: the one
 * {@code samconfig.toml} beside the template gives (as {@code sam deploy} would use), else
 * {@code local}.
 */
public final class StackNames {

    private static final Pattern STACK_NAME = Pattern.compile("(?m)^\\s*stack_name\\s*=\\s*\"([^\"]+)\"");

    private StackNames() {
    }

    public static String of(Path templateDirectory) {
        Path config = templateDirectory.resolve("samconfig.toml");
        if (Files.isRegularFile(config)) {
            try {
                Matcher matcher = STACK_NAME.matcher(Files.readString(config));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            } catch (IOException e) {
                return "local";
            }
        }
        return "local";
    }
}
