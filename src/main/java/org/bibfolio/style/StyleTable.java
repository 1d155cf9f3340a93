package org.bibfolio.style;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bibfolio.model.Spelling;

/**
 * One table of a style file, read through its schema: each getter declares a key (its type, default and range)
 * as it reads it, and {@link #finish} then refuses every key nobody asked for, where it stands, with the key that
 * was probably meant. Adding a setting to the house-style format is one getter call in {@link HouseStyleReader}.
 */
final class StyleTable {

    private final String name;
    private final Toml.Table table;
    /** The table's header (or the file's start), for errors about the table as a whole. */
    private final Optional<Toml.Value> self;
    private final Set<String> declared = new LinkedHashSet<>();

    private StyleTable(String name, Toml.Table table, Optional<Toml.Value> self) {
        this.name = name;
        this.table = table;
        this.self = self;
    }

    /** The top level of a style file. */
    static StyleTable root(Toml.Value document) {
        return new StyleTable("the top level", (Toml.Table) document.get(), Optional.of(document));
    }

    String string(String key, String fallback) throws StyleException {
        Optional<Toml.Value> value = value(key);
        if (value.isEmpty()) {
            return fallback;
        }
        return text(key, value.get());
    }

    /** A string setting whose value must be one of {@code allowed}. */
    String choice(String key, String fallback, String... allowed) throws StyleException {
        Optional<Toml.Value> value = value(key);
        String chosen = string(key, fallback);
        if (!List.of(allowed).contains(chosen)) {
            String hint = Spelling.didYouMean(chosen, List.of(allowed));
            throw value.orElseThrow().error("'" + key + "' must be one of " + String.join(", ", allowed)
                    + ", not \"" + chosen + "\"" + (hint.isEmpty() ? "" : "; " + hint));
        }
        return chosen;
    }

    /** A whole-number setting within {@code min..max}. */
    int integer(String key, int fallback, int min, int max) throws StyleException {
        Optional<Toml.Value> value = value(key);
        if (value.isEmpty()) {
            return fallback;
        }
        if (!(value.get().get() instanceof Long number)) {
            throw value.get().error("'" + key + "' must be a whole number, not a " + Toml.describe(value.get().get()));
        }
        if (number < min || number > max) {
            throw value.get().error("'" + key + "' must be between " + min + " and " + max + ", not " + number);
        }
        return number.intValue();
    }

    /** A boolean ({@code true} or {@code false}, no quotes), or {@code fallback} when the key is absent. */
    boolean bool(String key, boolean fallback) throws StyleException {
        Optional<Toml.Value> value = value(key);
        if (value.isEmpty()) {
            return fallback;
        }
        if (!(value.get().get() instanceof Boolean flag)) {
            throw value.get().error("'" + key + "' must be true or false, not a " + Toml.describe(value.get().get()));
        }
        return flag;
    }

    /** The string value of {@code key}, kept with its place so its content's mistakes can be located. */
    Optional<Toml.Value> located(String key) throws StyleException {
        Optional<Toml.Value> value = value(key);
        if (value.isPresent()) {
            text(key, value.get());
        }
        return value;
    }

    /** A string, or a list of strings (one per line of a long setting), as a list. */
    List<Toml.Value> strings(String key) throws StyleException {
        Optional<Toml.Value> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get().get() instanceof String) {
            return List.of(value.get());
        }
        if (!(value.get().get() instanceof List<?> list) || value.get().get() instanceof Toml.TableArray) {
            throw value.get().error("'" + key + "' must be a string or a list of strings, not a "
                    + Toml.describe(value.get().get()));
        }
        List<Toml.Value> strings = new ArrayList<>();
        for (Object element : list) {
            Toml.Value item = (Toml.Value) element;
            text(key, item);
            strings.add(item);
        }
        return strings;
    }

    /** True when {@code key} holds a list (rather than one string). */
    boolean isList(String key) {
        return table.entries.containsKey(key) && table.entries.get(key).get() instanceof List;
    }

    /** The sub-table {@code key}; an empty one when the file has none. */
    StyleTable table(String key) throws StyleException {
        Optional<Toml.Value> value = value(key);
        if (value.isEmpty()) {
            return new StyleTable("[" + key + "]", new Toml.Table(), Optional.empty());
        }
        if (!(value.get().get() instanceof Toml.Table sub)) {
            throw value.get().error("'" + key + "' must be a table ([" + key + "]), not a "
                    + Toml.describe(value.get().get()));
        }
        return new StyleTable(qualified(key), sub, value);
    }

    /** The tables of {@code [[key]]}, in order. */
    List<StyleTable> tables(String key) throws StyleException {
        Optional<Toml.Value> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get().get() instanceof Toml.TableArray array)) {
            throw value.get().error("'" + key + "' must be written as [[" + key + "]] tables, not a "
                    + Toml.describe(value.get().get()));
        }
        List<StyleTable> tables = new ArrayList<>();
        for (Toml.Value element : array) {
            tables.add(new StyleTable("[[" + key + "]] #" + (tables.size() + 1), (Toml.Table) element.get(),
                    Optional.of(element)));
        }
        return tables;
    }

    /** A table whose keys are names the caller checks (templates): every key, declared by reading it. */
    Map<String, Toml.Value> entries() {
        declared.addAll(table.entries.keySet());
        return table.entries;
    }

    /** An error about the table as a whole, at its header. */
    StyleException error(String problem) {
        return self.map(at -> at.error(problem)).orElseGet(() -> new StyleException(problem));
    }

    /** Refuses the keys of this table that no getter declared. */
    void finish() throws StyleException {
        for (Map.Entry<String, Toml.Value> entry : table.entries.entrySet()) {
            if (!declared.contains(entry.getKey())) {
                String hint = Spelling.didYouMean(entry.getKey(), declared);
                Toml.Value at = table.keys.getOrDefault(entry.getKey(), entry.getValue());
                throw at.error("unknown key '" + entry.getKey() + "' in " + name + "; "
                        + (hint.isEmpty() ? "known: " + String.join(", ", declared) : hint));
            }
        }
    }

    String name() {
        return name;
    }

    private Optional<Toml.Value> value(String key) {
        declared.add(key);
        return Optional.ofNullable(table.entries.get(key));
    }

    private String text(String key, Toml.Value value) throws StyleException {
        if (!(value.get() instanceof String text)) {
            throw value.error("'" + key + "' must be a string (in quotes), not a " + Toml.describe(value.get()));
        }
        return text;
    }

    private String qualified(String key) {
        return name.startsWith("[") ? "[" + name.replaceAll("^\\[+|\\]+( #\\d+)?$", "") + "." + key + "]"
                : "[" + key + "]";
    }
}
