package dev.orderflow.localcloud.xray.internal.filter;

import dev.orderflow.localcloud.xray.internal.filter.Token.Kind;
import dev.orderflow.localcloud.xray.internal.graph.ServiceKey;

/** {@code service("name")}, {@code id("name")} and {@code id(name: "n", type: "t")}: the trace went through that node. */
final class ServiceFunctions {

    private ServiceFunctions() {
    }

    static TraceFilter parse(String function, Token token, FilterParser parser) throws FilterException {
        if (!function.equals("service") && !function.equals("id")) {
            throw new FilterException("function '" + token.text() + "()' at position " + token.position()
                    + " is not supported by the local X-Ray; " + FilterParser.SUPPORTED);
        }
        parser.expect(Kind.LPAREN, "'('");
        String[] nameAndType = arguments(parser);
        if (parser.peek().kind() == Kind.LBRACE) {
            throw new FilterException("service-scoped conditions ('" + token.text() + "(...) { ... }' at position "
                    + parser.peek().position() + ") are not supported by the local X-Ray");
        }
        String name = nameAndType[0];
        String type = nameAndType[1];
        return trace -> {
            for (ServiceKey service : trace.services()) {
                if ((name == null || name.equals(service.name())) && (type == null || type.equals(service.type()))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** {name, type}: either one positional string, or {@code name:} and {@code type:} pairs. */
    private static String[] arguments(FilterParser parser) throws FilterException {
        String[] result = new String[2];
        if (parser.peek().kind() == Kind.STRING) {
            result[0] = parser.next().text();
            parser.expect(Kind.RPAREN, "')'");
            return result;
        }
        do {
            Token key = parser.next();
            parser.expect(Kind.COLON, "':' after " + key.text());
            Token value = parser.next();
            if (value.kind() != Kind.STRING) {
                throw new FilterException("expected a string at position " + value.position());
            }
            if (key.isWord("name")) {
                result[0] = value.text();
            } else if (key.isWord("type")) {
                result[1] = value.text();
            } else {
                throw new FilterException("unknown argument '" + key.text() + "' at position " + key.position()
                        + " (name and type are supported)");
            }
        } while (parser.peek().kind() == Kind.COMMA && parser.next() != null);
        parser.expect(Kind.RPAREN, "')'");
        return result;
    }
}
