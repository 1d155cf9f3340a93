package org.bibfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.NameParser;
import org.bibfolio.model.Folding;
import org.bibfolio.model.PersonName;
import org.bibfolio.sources.ServiceSettings;

/**
 * What {@code init} changes in a settings block that is already there: the owner names it is given that the block
 * lacks are added to {@code owner = …} (a line of its own when there is none), and a contact address replaces the
 * block's. Every other byte of the block and of the file stays; a name the block already has, spelt alike, is left.
 */
final class SettingsEdit {

    /** The new text of the library, and what changed, one line each ("added the owner name 'Smith, John'"). */
    record Result(String text, List<String> changes) { }

    private static final Pattern OWNER_LINE = Pattern.compile("(?m)^([ \\t]*)owner[ \\t]*=[ \\t]*(.*?)[ \\t]*$");
    private static final Pattern MAILTO_LINE = Pattern.compile("(?m)^([ \\t]*)" + ServiceSettings.MAILTO_SETTING
            + "[ \\t]*=[ \\t]*(.*?)[ \\t]*$");
    private static final Pattern FIRST_SETTING = Pattern.compile("(?m)^([ \\t]+)\\S");

    private SettingsEdit() {
    }

    static Result apply(LibraryReader.Loaded library, BibItem.Comment block, List<String> owners,
                        Optional<String> mailto, String newline) {
        String text = library.file().text();
        String original = text.substring(block.span().start(), block.span().end());
        String edited = original;
        List<String> changes = new ArrayList<>();
        List<PersonName> known = new ArrayList<>(library.settings().owner().variants());
        List<String> added = new ArrayList<>();
        for (String owner : owners) {
            PersonName name = NameParser.parse(owner).names().get(0);
            if (known.stream().anyMatch(variant -> sameSpelling(variant, name))) {
                changes.add("the settings already name the owner '" + owner.strip() + "'");
            } else {
                known.add(name);
                added.add(owner.strip());
                changes.add("added the owner name '" + owner.strip() + "' to the settings");
            }
        }
        if (!added.isEmpty()) {
            Matcher line = OWNER_LINE.matcher(edited);
            edited = line.find() ? edited.substring(0, line.end(2)) + " and " + String.join(" and ", added)
                    + edited.substring(line.end(2)) : withLine(edited, "owner = " + String.join(" and ", added),
                    newline);
        }
        if (mailto.isPresent()) {
            Matcher line = MAILTO_LINE.matcher(edited);
            String address = mailto.get().strip();
            if (!line.find()) {
                edited = withLine(edited, ServiceSettings.MAILTO_SETTING + " = " + address, newline);
                changes.add("added " + ServiceSettings.MAILTO_SETTING + " = " + address + " to the settings");
            } else if (!line.group(2).equals(address)) {
                changes.add("changed " + ServiceSettings.MAILTO_SETTING + " from " + line.group(2) + " to " + address);
                edited = edited.substring(0, line.start(2)) + address + edited.substring(line.end(2));
            }
        }
        return new Result(text.substring(0, block.span().start()) + edited + text.substring(block.span().end()),
                changes);
    }

    /** The block with {@code setting} as a new line after its first, indented as its other settings are. */
    private static String withLine(String block, String setting, String newline) {
        int firstBreak = block.indexOf('\n');
        int after = firstBreak < 0 ? block.indexOf("bibfolio:") + "bibfolio:".length() : firstBreak + 1;
        Matcher indent = FIRST_SETTING.matcher(block);
        String prefix = indent.find() ? indent.group(1) : "  ";
        return firstBreak < 0 ? block.substring(0, after) + newline + prefix + setting + block.substring(after)
                : block.substring(0, after) + prefix + setting + newline + block.substring(after);
    }

    /** Written alike, letters folded: "Marchetti, {\'E}lise" and "Marchetti, Élise" are one spelling. */
    private static boolean sameSpelling(PersonName a, PersonName b) {
        return Folding.foldName(a.familyWithParticle()).equals(Folding.foldName(b.familyWithParticle()))
                && Folding.foldName(a.first()).equals(Folding.foldName(b.first()))
                && Folding.foldName(a.jr()).equals(Folding.foldName(b.jr()));
    }
}
