package org.bibfolio.cli;

import org.bibfolio.app.Finding;

/**
 * A finding as a GitHub Actions workflow command, {@code ::error file=F,line=L,col=C,title=T::message}, which the
 * runner shows on that line of the pull request. Data is escaped as the runner's toolkit does ({@code %}, CR, LF
 * everywhere; {@code :} and {@code ,} in properties too), so no library text can end the command early.
 */
final class GithubAnnotation {

    private GithubAnnotation() {
    }

    static String of(Finding finding) {
        return "::" + finding.severity().label() + " file=" + property(finding.file()) + ",line=" + finding.line()
                + ",col=" + finding.column() + ",title=" + property("bibfolio check: " + finding.rule().id()) + "::"
                + data(finding.message());
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
