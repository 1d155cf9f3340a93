package org.bibfolio.cli;

/**
 * Every exit code bibfolio uses, in one place (listed in {@code --help} and the README). The numbers follow
 * BSD sysexits where one fits, so scripts can tell "you asked wrongly" from "the data is wrong".
 */
public final class ExitCodes {

    public static final int OK = 0;
    /** A search or filter matched nothing (like grep). */
    public static final int NO_MATCH = 1;
    /** Bad usage: unknown option or value, malformed search query, missing library file. */
    public static final int USAGE = 2;
    /**
     * The library or a style file is invalid (a read that skipped broken entries too: its output is incomplete),
     * check found errors, or an entry was refused (EX_DATAERR).
     */
    public static final int DATA_ERROR = 65;
    /** A metadata service (Crossref, arXiv, ORCID) could not be reached or stayed busy (EX_UNAVAILABLE). */
    public static final int UNAVAILABLE = 69;
    /** A bug in bibfolio (EX_SOFTWARE). */
    public static final int INTERNAL = 70;
    /** Reading or writing a file failed (EX_IOERR). */
    public static final int IO_ERROR = 74;
    /** Another bibfolio is writing the library; try again (EX_TEMPFAIL). */
    public static final int BUSY = 75;
    /** A metadata service answered something that cannot be read (EX_PROTOCOL). */
    public static final int PROTOCOL = 76;

    static final String HELP_FOOTER = """

            Exit codes:
              0   success
              1   nothing matched (search)
              2   usage error: unknown option or value, malformed search query,
                  library not found or not a regular file, unknown key
              65  invalid input: a broken entry (export and list print the other
                  entries, writers write nothing), invalid style file, check found
                  errors, entry refused (duplicate, unknown type, missing field,
                  bad year, month, DOI or arXiv id; --force writes it anyway), a
                  DOI, arXiv id or ORCID iD the service does not know
              69  a metadata service (Crossref, arXiv, ORCID) cannot be reached
              70  internal error (run again with --debug and report it)
              74  I/O error reading or writing a file
              75  the library stayed locked by another bibfolio process
              76  a metadata service's answer cannot be read""";

    private ExitCodes() {
    }
}
