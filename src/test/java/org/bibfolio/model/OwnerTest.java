package org.bibfolio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who is bold. Names here are already split and decoded (as {@code NameParser} gives them: "first|von|last|jr");
 * the owner's variants are separated by ";".
 */
class OwnerTest {

    private static PersonName name(String parts) {
        String[] p = parts.split("\\|", -1);
        return new PersonName(p[0], p[1], p[2], p[3]);
    }

    private static Owner owner(String variants) {
        List<PersonName> names = Arrays.stream(variants.split(";")).map(OwnerTest::name).toList();
        return new Owner(names);
    }

    @ParameterizedTest(name = "owner {0}: {1} → {2}")
    @CsvSource(delimiter = ',', value = {
        // The case: owner written in ASCII, author decoded from {\L}ukasz Kaiser
        "Lukasz||Kaiser|,       Łukasz||Kaiser|,     true",
        "Łukasz||Kaiser|,       Lukasz||Kaiser|,     true",
        "Lukasz||Kaiser|,       Ł.||Kaiser|,         true",
        "Lukasz||Kaiser|,       Lucas||Kaiser|,      false",
        // The README's guarantee: a coauthor Li Zhu is not the owner Libin Zhu
        "Libin||Zhu|,           Li||Zhu|,            false",
        "Libin||Zhu|;L.||Zhu|,   Li||Zhu|,            false",
        "Libin||Zhu|;L.||Zhu|,   L.||Zhu|,            true",
        "Libin||Zhu|,           L.||Zhu|,            true",
        "Libin||Zhu|,           L. B.||Zhu|,         true",
        "Libin||Zhu|,           Libin||Zhou|,        false",
        "L.||Zhu|,              Li||Zhu|,            true",       // an owner who gives only initials: any L. Zhu
        "Li-Bin||Zhu|,          Li||Zhu|,            false",
        "Li-Bin||Zhu|,          Libin||Zhu|,         true",
        // Full names and initials both ways
        "María José||García|,   Maria||Garcia|,      true",
        "Maria||Garcia|,        M. J.||García|,      true",
        "Maria||Garcia|,        María José||García|, true",
        "Maria||Garcia|,        M.||Garcia|,         true",
        "Maria||Garcia|,        Mario||Garcia|,      false",
        "Maria||Garcia|,        ||Garcia|,           false",      // a bare family name is not enough
        "Jean-Pierre||Dupont|,  J.-P.||Dupont|,      true",
        "Jean-Pierre||Dupont|,  Jean||Dupont|,       false",
        // Family names: particles, hyphens, umlauts
        "Jan|van der|Berg|,     J.|van der|Berg|,    true",
        "Jan|van der|Berg|,     Jan||Berg|,          false",
        "Pedro||Cisneros-Velarde|, P.||Cisneros Velarde|, true",
        "Jürgen||Müller|,       Juergen||Mueller|,   true",
        "Juergen||Mueller|,     Jürgen||Müller|,     true",
        "Jurgen||Muller|,       Juergen||Mueller|,   false",
        // Suffixes must agree where both give one
        "Martin Luther||King|Jr.,  Martin Luther||King|Jr,   true",
        "Martin Luther||King|Jr.,  Martin Luther||King|,     true",
        "Martin Luther||King|Jr.,  Martin Luther||King|Sr.,  false",
    })
    void boldsExactlyTheOwner(String variants, String author, boolean bold) {
        assertEquals(bold, owner(variants).isOwner(name(author)));
    }
}
