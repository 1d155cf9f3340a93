package org.bibfolio.style.format;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether TeX the library wrote (a formula, a command bibfolio does not know) may go into the output as it is. A
 * field is anyone's data: {@code \input{/etc/passwd}}, {@code \write18{…}} (shell escape), {@code \catcode},
 * {@code \def}, {@code \href{javascript:…}} or {@code ^^5c} (TeX's way to write a backslash) in a title must reach
 * the reader as text, never run in their LaTeX, and never become a link in a MathJax page. So a source naming any
 * command that reads or writes files, runs programs, changes how TeX reads its input, defines or redefines commands,
 * or makes links, is refused here and the format writes it escaped instead. Everything else (formatting, symbols,
 * the library's own {@code @preamble} macros) passes.
 */
final class InertTex {

    private static final Set<String> REFUSED = Set.of(
            // files and programs
            "input", "include", "includeonly", "InputIfFileExists", "IfFileExists", "endinput", "openin", "openout",
            "closein", "closeout", "read", "readline", "write", "immediate", "newwrite", "newread", "special",
            "directlua", "latelua", "luaexec", "luadirect", "ShellEscape", "pdfshellescape", "includegraphics",
            "pdfximage", "pdfobj", "pdffiledump", "pdfmdfivesum", "verbatiminput", "VerbatimInput",
            "lstinputlisting", "usepackage", "RequirePackage", "documentclass", "scantokens", "jobname",
            // how TeX reads its input, and (re)definitions
            "catcode", "lccode", "uccode", "sfcode", "mathcode", "delcode", "endlinechar", "escapechar",
            "newlinechar", "def", "edef", "gdef", "xdef", "let", "futurelet", "global", "outer", "long",
            "protected", "csname", "endcsname", "expandafter", "noexpand", "afterassignment", "aftergroup",
            "chardef", "mathchardef", "countdef", "dimendef", "skipdef", "toksdef", "newcommand", "renewcommand",
            "providecommand", "DeclareRobustCommand", "makeatletter", "makeatother", "everypar", "everymath",
            "everydisplay", "everyhbox", "everyvbox", "everyjob", "everycr", "everyeof", "output", "shipout",
            "end", "dump", "batchmode", "nonstopmode", "scrollmode", "errorstopmode", "errmessage",
            // links, which no field may make except through the link hooks
            "href", "url", "nolinkurl", "hyperref", "hyperlink", "hypertarget", "hyperimage", "pdfstartlink",
            "pdfannot", "pdfliteral");

    private static final Pattern CONTROL_WORD = Pattern.compile("\\\\([A-Za-z]+)");

    private InertTex() {
    }

    static boolean isInert(String source) {
        if (source.contains("^^")) {
            return false;
        }
        Matcher word = CONTROL_WORD.matcher(source);
        while (word.find()) {
            if (REFUSED.contains(word.group(1))) {
                return false;
            }
        }
        return true;
    }
}
