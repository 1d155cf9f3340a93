package org.bibfolio.cli;

/** Java source text for values of the picocli model: the literals {@link CommandModelWriter} writes. */
final class JavaLiterals {

    private JavaLiterals() {
    }

    static String classLiteral(Class<?> type) {
        return type.getCanonicalName() + ".class";
    }

    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String[] array) {
            StringBuilder out = new StringBuilder("new String[] {");
            for (int i = 0; i < array.length; i++) {
                out.append(i == 0 ? "" : ", ").append(literal(array[i]));
            }
            return out.append("}").toString();
        }
        if (value instanceof Boolean || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Character c) {
            return "'" + escape(String.valueOf(c)) + "'";
        }
        if (value instanceof String text) {
            if (text.contains("${")) {
                throw new IllegalStateException("CommandModelWriter does not interpolate " + text);
            }
            return "\"" + escape(text) + "\"";
        }
        throw new IllegalStateException("CommandModelWriter cannot write a " + value.getClass() + ": " + value);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
