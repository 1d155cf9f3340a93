package org.bibfolio.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a realistic synthetic library.bib for benchmarks: authors and venues drawn from Zipf-like distributions
 * (a few people and venues are very common, most rare), accented names written as LaTeX and as UTF-8, real venue
 * names with their abbreviations, and an owner who appears on about one entry in fifty. The same seed always
 * gives the same bytes.
 */
public final class SyntheticLibrary {

    private static final List<String> FAMILIES = List.of("Smith", "Wang", "Zhang", "Li", "Liu", "Chen", "Kumar",
            "Garc{\\'\\i}a", "M{\\\"u}ller", "Müller", "Schmidt", "Nguyen", "Kim", "Park", "Rossi", "Dubois",
            "Novák", "Kowalski", "Ivanov", "Sato", "Tanaka", "Silva", "Pereira", "O'Brien", "Johansson",
            "Gonz{\\'a}lez", "Hern{\\'a}ndez", "Jab{\\'\\i}n", "Dvo{\\v{r}}{\\'a}k", "Ö{\\c{c}}al", "Łukasik",
            "Belkin", "Bengio", "Hinton", "LeCun", "Sch{\\\"o}lkopf", "Jordan", "Bach", "Ng", "Sutskever",
            "Zhou", "Huang", "Xu", "Yang", "Wu", "Sun", "Ma", "Hu", "Gao", "Lin", "Brown", "Taylor", "Anderson",
            "Thomas", "Martin", "Lee", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green",
            "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans");
    private static final List<String> VON_FAMILIES = List.of("van der Berg", "de la Cruz", "van Dijk",
            "von Neumann", "di Caprio", "de Vries");
    private static final List<String> GIVEN = List.of("Mikhail", "Chaoyue", "Libin", "Wei", "Jing", "Yi", "Anna",
            "Maria", "José", "Fran{\\c{c}}ois", "Jürgen", "Søren", "Zoë", "John", "David", "Michael", "Sarah",
            "Emily", "Hiroshi", "Yuki", "Pierre-Emmanuel", "Ana", "Luis", "Olga", "Ivan", "Priya", "Rahul",
            "Ahmed", "Fatima", "Lars", "Ingrid", "Paolo", "Giulia", "Tomasz", "Agnieszka", "Kevin", "Laura");
    private static final String[][] VENUES = {
        {"inproceedings", "International Conference on Learning Representations", "ICLR"},
        {"inproceedings", "International Conference on Machine Learning", "ICML"},
        {"inproceedings", "Advances in Neural Information Processing Systems", "NeurIPS"},
        {"inproceedings", "Conference on Computer Vision and Pattern Recognition", "CVPR"},
        {"inproceedings", "Annual Meeting of the Association for Computational Linguistics", "ACL"},
        {"inproceedings", "Conference on Learning Theory", "COLT"},
        {"inproceedings", "International Conference on Artificial Intelligence and Statistics", "AISTATS"},
        {"inproceedings", "Conference on Uncertainty in Artificial Intelligence", "UAI"},
        {"inproceedings", "AAAI Conference on Artificial Intelligence", "AAAI"},
        {"inproceedings", "European Conference on Computer Vision", "ECCV"},
        {"inproceedings", "Symposium on Theory of Computing", "STOC"},
        {"inproceedings", "ACM SIGKDD Conference on Knowledge Discovery and Data Mining", "KDD"},
        {"article", "Journal of Machine Learning Research", "JMLR"},
        {"article", "Applied and Computational Harmonic Analysis", "ACHA"},
        {"article", "Annals of Statistics", "AoS"},
        {"article", "Foundations of Computational Mathematics", "FoCM"},
        {"article", "IEEE Transactions on Pattern Analysis and Machine Intelligence", "TPAMI"},
        {"article", "SIAM Journal on Optimization", "SIOPT"},
        {"article", "Mathematical Programming", "Math. Program."},
        {"article", "Nature", ""},
        {"article", "Proceedings of the National Academy of Sciences", "PNAS"},
        {"article", "Neural Computation", ""},
        {"article", "Annals of Applied Probability", "AAP"},
        {"online", "", ""},
    };
    private static final List<String> WORDS = List.of("neural", "networks", "kernel", "learning", "deep",
            "gradient", "descent", "stochastic", "convex", "optimization", "generalization", "bounds", "random",
            "features", "transformers", "attention", "language", "models", "graph", "spectral", "estimation",
            "sparse", "recovery", "matrix", "completion", "reinforcement", "policy", "bandits", "regret",
            "privacy", "robust", "adversarial", "training", "dynamics", "linear", "regression", "Bayesian",
            "inference", "variational", "diffusion", "sampling", "Markov", "chain", "Monte", "Carlo", "causal",
            "representation", "contrastive", "self-supervised", "over-parameterized", "implicit", "bias",
            "tangent", "wide", "limit", "scaling", "laws", "benign", "overfitting", "interpolation", "theory");

    private static final Zipf FAMILY_RANK = Zipf.of(FAMILIES.size(), 1.1);
    private static final Zipf GIVEN_RANK = Zipf.of(GIVEN.size(), 0.8);
    private static final Zipf VENUE_RANK = Zipf.of(VENUES.length, 1.0);
    private static final Zipf AGE_RANK = Zipf.of(35, 0.6);
    private static final Zipf WORD_RANK = Zipf.of(WORDS.size(), 0.7);

    private SyntheticLibrary() {
    }

    /** Usage: {@code SyntheticLibrary ENTRIES OUTPUT [SEED]}. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[1]), Integer.parseInt(args[0]), args.length > 2 ? Long.parseLong(args[2]) : 42L);
    }

    public static void write(Path file, int entries, long seed) throws IOException {
        Files.writeString(file, generate(entries, seed), StandardCharsets.UTF_8);
    }

    public static String generate(int entries, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder(entries * 420);
        out.append("% Synthetic library (").append(entries).append(" entries, seed ").append(seed).append(")\n\n")
                .append("@comment{bibfolio:\n  owner = Zhu, Libin and Zhu, L.\n}\n\n")
                .append("@string{jmlr = {Journal of Machine Learning Research}}\n\n");
        for (int i = 0; i < entries; i++) {
            entry(out, random, i);
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, SplittableRandom random, int index) {
        String[] venue = VENUES[VENUE_RANK.next(random)];
        int year = 2025 - AGE_RANK.next(random);
        int authorCount = 1 + random.nextInt(6);
        StringBuilder authors = new StringBuilder();
        String firstFamily = "";
        for (int a = 0; a < authorCount; a++) {
            if (a > 0) {
                authors.append(" and ");
            }
            String person = person(random);
            if (a == 0) {
                firstFamily = person.substring(0, person.indexOf(',')).replaceAll("[^A-Za-z]", "");
            }
            authors.append(person);
        }
        if (random.nextInt(50) == 0) {
            authors.append(" and Zhu, Libin");
        }
        String title = title(random);
        String key = firstFamily.toLowerCase(Locale.ROOT) + year + "x" + index;
        out.append('@').append(venue[0]).append('{').append(key).append(",\n");
        field(out, "author", authors.toString());
        field(out, "title", title);
        if (venue[0].equals("inproceedings")) {
            field(out, "booktitle", "Proceedings of the " + venue[1]);
            if (!venue[2].isEmpty()) {
                field(out, "shortbooktitle", venue[2]);
            }
        } else if (venue[0].equals("article")) {
            if (venue[2].equals("JMLR")) {
                out.append("  journal = jmlr,\n");
            } else {
                field(out, "journal", venue[1]);
            }
            if (!venue[2].isEmpty()) {
                field(out, "shortjournal", venue[2]);
            }
            field(out, "volume", String.valueOf(1 + random.nextInt(120)));
            field(out, "pages", (1 + random.nextInt(900)) + "--" + (1000 + random.nextInt(900)));
        }
        field(out, "year", String.valueOf(year));
        if (random.nextInt(3) == 0) {
            field(out, "eprint", String.format(Locale.ROOT, "%02d%02d.%05d", year % 100, 1 + random.nextInt(12),
                    random.nextInt(100000)));
            field(out, "eprinttype", "arxiv");
        }
        if (random.nextInt(4) == 0) {
            field(out, "abstract", sentence(random, 30 + random.nextInt(40)));
        }
        int roll = random.nextInt(100);
        if (roll < 3) {
            field(out, "keywords", "selected, Spotlight");
        } else if (roll < 5) {
            field(out, "keywords", "Oral Presentation");
        } else if (roll < 7) {
            field(out, "pubstate", "submitted");
        }
        out.append("}\n\n");
    }

    private static String person(SplittableRandom random) {
        String given = GIVEN.get(GIVEN_RANK.next(random));
        if (random.nextInt(5) == 0) {
            given = given.substring(0, 1) + ".";
        }
        if (random.nextInt(40) == 0) {
            return VON_FAMILIES.get(random.nextInt(VON_FAMILIES.size())) + ", " + given;
        }
        return FAMILIES.get(FAMILY_RANK.next(random)) + ", " + given;
    }

    private static String title(SplittableRandom random) {
        String title = sentence(random, 4 + random.nextInt(9));
        return Character.toUpperCase(title.charAt(0)) + title.substring(1, title.length() - 1);
    }

    private static String sentence(SplittableRandom random, int words) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            out.append(w == 0 ? "" : " ").append(WORDS.get(WORD_RANK.next(random)));
        }
        return out.append('.').toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Draws an index in {@code [0, n)} with probability proportional to {@code 1 / (index + 1)^exponent}. */
    private record Zipf(double[] cumulative) {

        static Zipf of(int n, double exponent) {
            double[] cumulative = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += 1 / Math.pow(i + 1, exponent);
                cumulative[i] = total;
            }
            return new Zipf(cumulative);
        }

        int next(SplittableRandom random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int found = java.util.Arrays.binarySearch(cumulative, target);
            return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
        }
    }
}
