package dev.orderflow.localcloud.eventbridge.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSONPath of a target's InputPath: {@code $}, then {@code .field}, {@code ['field']} and
 * {@code [index]} steps, which is what EventBridge input paths use.
 */
public final class InputPaths {

    private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\['([^']+)'\\]|\\[(\\d+)\\]");

    private InputPaths() {
    }

    /** Checks a path; the message names what is wrong. */
    public static void validate(String path) {
        if (path == null || !path.startsWith("$")) {
            throw new IllegalArgumentException("InputPath must start with $: " + path);
        }
        Matcher steps = STEP.matcher(path).region(1, path.length());
        int end = 1;
        while (steps.lookingAt()) {
            end = steps.end();
            steps.region(end, path.length());
        }
        if (end != path.length()) {
            throw new IllegalArgumentException("InputPath " + path + " is not supported locally after position " + end);
        }
    }

    /** The node the path selects, or a missing node. */
    public static JsonNode select(JsonNode root, String path) {
        validate(path);
        JsonNode node = root;
        Matcher steps = STEP.matcher(path).region(1, path.length());
        while (steps.lookingAt() && !node.isMissingNode()) {
            if (steps.group(3) != null) {
                node = node.path(Integer.parseInt(steps.group(3)));
            } else {
                node = node.path(steps.group(1) != null ? steps.group(1) : steps.group(2));
            }
            steps.region(steps.end(), path.length());
        }
        return node == null ? MissingNode.getInstance() : node;
    }
}
