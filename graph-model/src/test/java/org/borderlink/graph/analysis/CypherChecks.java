package org.borderlink.graph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderlink.graph.sharing.Visibility;

/**
 * Reads a Cypher statement the way a reviewer would for the visibility rule: every relationship it matches must be
 * named, and every name must pass {@link Visibility#relationship}, except names starting {@code bound}, which only
 * pre-select candidates: by raw degree, or by the walk from a report to the nodes its facts hang from
 * ({@code FactsOfReport}), never returned.
 */
public final class CypherChecks {

    private static final Pattern NAMED = Pattern.compile("-\\[(\\w+)");
    private static final Pattern ANONYMOUS = Pattern.compile("-\\[\\s*[:\\]*{]");

    /** {@code (a)-->(b)}, {@code (a)<--(b)}, {@code (a)--(b)}: relationships the bracket check cannot see. */
    public static final String BARE_ARROW = "\\)\\s*<?-{1,2}>?\\s*\\(";

    private CypherChecks() {}

    /** What is wrong with {@code cypher}, or nothing. */
    public static List<String> visibilityProblems(String cypher) {
        List<String> problems = new ArrayList<>();
        Matcher anonymous = ANONYMOUS.matcher(cypher);
        while (anonymous.find()) {
            problems.add("an unnamed relationship at " + anonymous.start() + ": "
                    + cypher.substring(anonymous.start(), Math.min(cypher.length(), anonymous.start() + 40)));
        }
        Matcher named = NAMED.matcher(cypher);
        while (named.find()) {
            String var = named.group(1);
            if (var.startsWith("bound")) continue;
            if (!cypher.contains(Visibility.relationship(var))) {
                problems.add("relationship '" + var + "' is matched without the visibility rule");
            }
        }
        return problems;
    }
}
