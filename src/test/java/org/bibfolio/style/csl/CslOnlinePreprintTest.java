package org.bibfolio.style.csl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An arXiv paper as Zotero's Better BibTeX exports it, {@code @online} with {@code eprinttype = {arXiv}}: a preprint
 * in every CSL style, not a web page (for which IEEE prints no date and ACM prints no authors).
 */
class CslOnlinePreprintTest {

    @TempDir
    Path folder;

    @BeforeEach
    void library() throws Exception {
        Files.writeString(folder.resolve("library.bib"), """
                @comment{bibfolio:
                  owner = Kowalska, Zofia
                }
                @online{kowalskaRouting2024,
                  title = {Routing Is All You Need},
                  author = {Kowalska, Zofia and Nguyễn, Văn An},
                  date = {2024-02-29},
                  eprint = {2402.12345},
                  eprinttype = {arXiv},
                  eprintclass = {cs.LG},
                  url = {http://arxiv.org/abs/2402.12345},
                  urldate = {2024-03-01}
                }
                """);
    }

    @Test
    void ieeeDatesIt() {
        assertTrue(export("ieee").out().contains("you need,” Feb. 29, 2024."), export("ieee").out());
    }

    @Test
    void acmNamesItsAuthorsSoTheOwnerIsThere() {
        CliRun run = export("acm");
        assertTrue(run.out().contains("**Kowalska, Z.**"), run.out());
        assertFalse(run.err().contains("Kowalska"), run.err());
    }

    @Test
    void natureSaysWhereThePreprintIs() {
        assertTrue(export("nature").out().contains("Preprint at [http://arxiv.org/abs/2402.12345]"),
                export("nature").out());
    }

    private CliRun export(String style) {
        return CliRun.in(folder, "export", "--style", style, "--flat");
    }
}
